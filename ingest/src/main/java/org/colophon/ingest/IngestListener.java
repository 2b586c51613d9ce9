package org.colophon.ingest;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;

/**
 * Follows every write the ingestion core makes, inside the store's batch: the discovery index, authority links and
 * union-catalogue clusters subscribe here, so no command can write around them. Calls come from the one thread that
 * owns the batch, in this order: any number of {@link #put}/{@link #deleted}, then {@link #prepare}, then either
 * {@link #committed} (the store committed) or {@link #abandoned} (nothing of the batch was kept).
 *
 * <p>A listener that keeps its own data outside the store (a Lucene index) writes it in {@code put}/{@code deleted},
 * flushes it in {@code prepare} and makes it visible in {@code committed}; after a crash between the store's commit
 * and {@code committed}, it repairs itself from the store when next opened. A listener that derives graphs writes
 * them into the {@code batch} it is given, so they commit with the record, and returns them from {@link #derive} so
 * that every listener's {@code put} sees them with the record's own triples (the search index reads a record's
 * authority links that way, in the same batch, whatever the order listeners were added in).
 */
public interface IngestListener {

    /**
     * Before any listener's {@link #put}: triples this listener derives from the record and writes into {@code batch}
     * itself (in a graph of its own); they are handed to every {@code put} after the record's triples. Called on
     * every listener, in order, for every record written or {@linkplain Ingest#refresh refreshed}.
     */
    default List<Triple> derive(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
        return List.of();
    }

    /**
     * What this listener derived earlier for a stored record, read back from {@code store} (for re-indexing a record
     * from the store as the batch that wrote it saw it); empty when it derives nothing.
     */
    default List<Triple> derived(GraphStore store, String sourceId, String recordId, String graphIri) {
        return List.of();
    }

    /**
     * Asked after {@link #committed}: graphs of stored records whose derived triples are out of date because of what
     * the batch did (an authority arrived, and records written before it can now link to it). The ingestion core
     * {@linkplain Ingest#refresh refreshes} them in batches of their own, so every listener follows.
     */
    default Collection<String> stale() {
        return List.of();
    }

    /** A record's graph was written (added or replaced). Not called for unchanged records. */
    default void put(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {}

    /** A record's graph was removed. */
    default void deleted(String sourceId, String recordId, GraphStore.Batch batch) {}

    /** The batch is about to commit; an exception here abandons it. */
    default void prepare() {}

    /** The store committed the batch. */
    default void committed() {}

    /** The batch was abandoned: forget what {@code put}/{@code deleted} told you since the last commit. */
    default void abandoned() {}
}
