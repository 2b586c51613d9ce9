package org.colophon.endpoint.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the old generation of the heap: {@link #pressed()} is true while its use after the last collection, and its
 * use now, are both above the threshold (a fraction of its maximum). Heavy queries are turned away then, so the
 * server keeps the memory it needs to answer everyone else. When the pressure has lasted a while and no heavy query
 * runs, one full collection is asked for, so that garbage left by a finished query does not keep heavy queries out.
 */
final class HeapWatch {
    private static final long RECHECK_NANOS = 5_000_000_000L;

    private final MemoryPoolMXBean pool;
    private final double threshold;
    private final AtomicLong pressedSince = new AtomicLong(0);
    private final AtomicLong lastCollection = new AtomicLong(0);

    private HeapWatch(MemoryPoolMXBean pool, double threshold) {
        this.pool = pool;
        this.threshold = threshold;
    }

    /** Watches the old generation (the heap pool collected least often), or nothing when the JVM has none to watch. */
    static HeapWatch of(double threshold) {
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .max(Comparator.comparingInt(HeapWatch::oldness))
                .orElse(null);
        return new HeapWatch(old, threshold);
    }

    private static int oldness(MemoryPoolMXBean p) {
        String n = p.getName().toLowerCase(Locale.ROOT);
        return n.contains("old") || n.contains("tenured") ? 2 : n.contains("eden") || n.contains("survivor") ? 0 : 1;
    }

    /** Whether the old generation is above the threshold, after the last collection and now. */
    boolean pressed(boolean heavyRunning) {
        if (pool == null) return false;
        long max = max();
        var after = pool.getCollectionUsage();
        boolean over = after != null
                && after.getUsed() >= threshold * max
                && pool.getUsage().getUsed() >= threshold * max;
        long now = System.nanoTime();
        if (!over) {
            pressedSince.set(0);
            return false;
        }
        pressedSince.compareAndSet(0, now);
        long last = lastCollection.get();
        if (!heavyRunning
                && now - pressedSince.get() > RECHECK_NANOS
                && now - last > RECHECK_NANOS
                && lastCollection.compareAndSet(last, now)) {
            // the figure may be stale: nothing old has been collected since a heavy query's garbage was freed
            System.gc();
            return pressed(true);
        }
        return true;
    }

    private long max() {
        long max = pool.getUsage().getMax();
        return max > 0 ? max : Runtime.getRuntime().maxMemory();
    }

    /** Bytes of the old generation in use after its last collection (0 before any, -1 when there is no pool). */
    static long oldGenAfterCollection() {
        HeapWatch w = of(1);
        if (w.pool == null) return -1;
        var after = w.pool.getCollectionUsage();
        return after == null ? -1 : after.getUsed();
    }

    /** "old generation 91 % of 256 MB" */
    String describe() {
        if (pool == null) return "no heap pool to watch";
        var after = pool.getCollectionUsage();
        long used = after == null ? pool.getUsage().getUsed() : after.getUsed();
        return String.format(
                Locale.ROOT, "%s %d %% of %d MB", pool.getName(), Math.round(100.0 * used / max()), max() >> 20);
    }
}
