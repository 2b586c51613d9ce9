package org.colophon.ingest;

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
 * them into the {@code batch} it is given, so they commit with the record.
 */
public interface IngestListener {

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
