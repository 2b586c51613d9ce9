package org.colophon.graph;

import java.util.Locale;

/**
 * What an embedded store takes on disk, beside what it took when it last held only live data (right after a compaction
 * or a bulk load into an empty store). TDB2 is copy-on-write: every commit leaves the blocks it replaced behind, so a
 * store written in many small transactions, or killed and resumed, grows well past its data until it is compacted.
 *
 * @param bytes the store's files now
 * @param liveBytes the store's files when it last held live data only, or -1 when that was never measured
 * @param liveRecords the records it held then
 */
public record DiskUse(long bytes, long liveBytes, long liveRecords) {

    /**
     * True when the store takes more than {@code ratio} times what its records would take packed, judged from the
     * bytes per record at the last measurement ({@code records} now, at least as many as then). With no measurement
     * yet, true past {@code unmeasuredLimit} bytes, so the first compaction takes the measurement.
     */
    public boolean worthCompacting(double ratio, long records, long unmeasuredLimit) {
        if (liveBytes < 0 || liveRecords <= 0) return bytes > unmeasuredLimit;
        double expected = (double) liveBytes * Math.max(1.0, (double) records / liveRecords);
        return bytes > ratio * expected;
    }

    /** {@code 3.9 GB on disk (0.6 GB at 50,000 records after the last compaction)} */
    public String line() {
        return size(bytes) + " on disk"
                + (liveBytes < 0
                        ? " (never compacted)"
                        : String.format(
                                Locale.ROOT,
                                " (%s at %,d records when last compacted or bulk-loaded)",
                                size(liveBytes),
                                liveRecords));
    }

    /** A byte count for people: {@code 812 KB}, {@code 3.9 GB}. */
    public static String size(long bytes) {
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%,d KB", (bytes + 999) / 1000);
        if (bytes < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
