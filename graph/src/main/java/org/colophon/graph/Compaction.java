package org.colophon.graph;

import java.util.Locale;

/** What compacting a store did: its size before and after, the records it holds, how long it took. */
public record Compaction(long bytesBefore, long bytesAfter, long records, double seconds) {
    /** {@code compacted: 3.9 GB → 612.0 MB (50,000 records) in 41.2 s} */
    public String line() {
        return String.format(
                Locale.ROOT,
                "compacted: %s → %s (%,d records) in %.1f s",
                DiskUse.size(bytesBefore),
                DiskUse.size(bytesAfter),
                records,
                seconds);
    }
}
