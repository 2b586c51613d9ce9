package org.colophon.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store holds, read from the metadata graph (records, triples) and the dataset (graphs).
 *
 * @param sources per source id, in source id order
 * @param graphs the number of named graphs, the metadata graph included
 * @param lastImport the latest import time of any record, or {@code null} for an empty store
 */
public record StoreStats(Map<String, SourceStats> sources, long graphs, Instant lastImport) {

    /** Records and triples of one source. */
    public record SourceStats(long records, long triples) {}

    public StoreStats {
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** Records over all sources. */
    public long records() {
        return sources.values().stream().mapToLong(SourceStats::records).sum();
    }

    /** Record triples over all sources (metadata triples not counted). */
    public long triples() {
        return sources.values().stream().mapToLong(SourceStats::triples).sum();
    }
}
