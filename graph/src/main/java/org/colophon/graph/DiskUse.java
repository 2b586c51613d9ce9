package org.colophon.graph;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What an embedded store takes on disk, beside its reference size: what it took right after its last compaction, or
 * else after the first load into it when it was empty (a bulk load leaves it packed; a first harvest, committed in
 * growing batches, leaves it somewhat larger). TDB2 is copy-on-write: every commit leaves the blocks it replaced
 * behind, so a store written in many small transactions, or killed and resumed, grows well past its data until it is
 * compacted.
 *
 * @param bytes the store's files now
 * @param liveBytes the store's reference size, or -1 when that was never measured
 * @param liveRecords the records it held then
 */
public record DiskUse(long bytes, long liveBytes, long liveRecords) {

    /**
     * True when the store takes more than {@code ratio} times its reference size, scaled by the records it holds now
     * ({@code records}, at least as many as then). With no reference yet (a store first written by a run that was
     * killed and resumed, or by an older version), true past {@code unmeasuredLimit} bytes, so the first compaction
     * takes the measurement.
     */
    public boolean worthCompacting(double ratio, long records, long unmeasuredLimit) {
        if (liveBytes < 0 || liveRecords <= 0) return bytes > unmeasuredLimit;
        double expected = (double) liveBytes * Math.max(1.0, (double) records / liveRecords);
        return bytes > ratio * expected;
    }

    /**
     * As {@link #worthCompacting(double, long, long)}, counting the records only when the answer depends on them:
     * a store within {@code ratio} times its reference size is not worth compacting however many records it holds
     * now, and counting them reads every record's metadata.
     */
    public boolean worthCompacting(double ratio, LongSupplier records, long unmeasuredLimit) {
        if (liveBytes >= 0 && liveRecords > 0 && bytes <= ratio * liveBytes) return false;
        return worthCompacting(ratio, records.getAsLong(), unmeasuredLimit);
    }

    /** {@code 3.9 GB on disk (0.6 GB at 50,000 records after the last compaction)} */
    public String line() {
        return size(bytes) + " on disk"
                + (liveBytes < 0
                        ? " (never compacted)"
                        : String.format(
                                Locale.ROOT,
                                " (%s at %,d record%s when last compacted or first loaded)",
                                size(liveBytes),
                                liveRecords,
                                liveRecords == 1 ? "" : "s"));
    }

    /** A byte count for people: {@code 812 KB}, {@code 3.9 GB}. */
    public static String size(long bytes) {
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%,d KB", (bytes + 999) / 1000);
        if (bytes < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
