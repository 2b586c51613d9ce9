package org.colophon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use at once while a run goes, sampled every 20 ms from a daemon thread. Unlike the sum of the
 * memory pools' own peaks (reached at different moments), this never exceeds the maximum heap.
 */
public final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    public HeapSampler() {
        System.gc();
        peak = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(this::sample, "colophon-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peak) peak = used;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The peak so far, in MB. */
    public double peakMb() {
        long used = memory.getHeapMemoryUsage().getUsed();
        return Math.max(peak, used) / 1048576.0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
