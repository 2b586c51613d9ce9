package org.colophon.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store holds, read from the metadata graph (records, triples) and the dataset (graphs).
 *
 * @param sources per source id, in source id order, internal ones included
 * @param graphs the number of named graphs, the metadata graph included
 * @param lastImport the latest import time of any record, or {@code null} for an empty store
 */
public record StoreStats(Map<String, SourceStats> sources, long graphs, Instant lastImport) {

    /** Records and triples of one source. */
    public record SourceStats(long records, long triples) {}

    public StoreStats {
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** Source ids Colophon writes itself start with this; no catalogue may take one. */
    public static final String INTERNAL_PREFIX = "colophon-";

    /**
     * True for a source Colophon writes itself ({@code colophon-links}: the authority links, review items and headings
     * waiting for an authority, one graph per record that has any); its graphs are derived from records, not records.
     */
    public static boolean internal(String sourceId) {
        return sourceId.startsWith(INTERNAL_PREFIX);
    }

    /** The catalogues' sources, without the {@link #internal} ones. */
    public Map<String, SourceStats> catalogue() {
        Map<String, SourceStats> out = new TreeMap<>(sources);
        out.keySet().removeIf(StoreStats::internal);
        return Collections.unmodifiableMap(out);
    }

    /** Records over the catalogues' sources. */
    public long records() {
        return catalogue().values().stream().mapToLong(SourceStats::records).sum();
    }

    /** Record triples over the catalogues' sources (metadata and internal sources' triples not counted). */
    public long triples() {
        return catalogue().values().stream().mapToLong(SourceStats::triples).sum();
    }
}
