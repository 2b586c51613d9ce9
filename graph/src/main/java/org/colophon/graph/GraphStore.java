package org.colophon.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The bibliography's graph store: one named graph per source record, a metadata graph describing each record graph
 * ({@link ColophonMeta}), and the union of all named graphs as the default graph for queries.
 *
 * <p>Two implementations: the embedded TDB2 store ({@link #open(Path)}, {@link #tdb2(Path)}), and a remote SPARQL
 * 1.1 store reached over HTTP ({@link #connect(URI)}, {@link #remote(URI)}) whose default graph must be the union of
 * its named graphs (for Fuseki, {@code tdb2:unionDefaultGraph true}). Callers only see this facade; a SPARQL server
 * in front of the store finds out how to reach the data from {@link #access()}.
 *
 * <p>Writes go through a {@link Batch}: one write transaction (embedded) or one SPARQL Update request (remote) per
 * batch. A store is safe to share between threads, but a batch and a {@link #recordIds} stream belong to the thread
 * that opened them.
 */
public interface GraphStore extends AutoCloseable {

    /** The default store directory, relative to the working directory. */
    Path DEFAULT_DIR = Path.of("data", "tdb2");

    /** Opens (or creates) the embedded TDB2 store in {@code dir} with default settings. */
    static GraphStore open(Path dir) {
        return tdb2(dir).open();
    }

    /** A builder for the embedded TDB2 store in {@code dir}. */
    static GraphStoreBuilder tdb2(Path dir) {
        return new GraphStoreBuilder(dir);
    }

    /**
     * Connects to a remote SPARQL 1.1 store by its dataset URL, e.g. {@code http://127.0.0.1:3030/colophon}, with the
     * Fuseki endpoint layout ({@code /sparql}, {@code /update}, {@code /data}); {@code user:password@} in the URL is
     * sent as HTTP Basic authentication.
     *
     * @throws GraphStoreException when the store does not answer
     */
    static GraphStore connect(URI dataset) {
        return remote(dataset).connect();
    }

    /** A builder for a remote SPARQL 1.1 store: other endpoint paths, a bearer token, timeouts. */
    static RemoteStoreBuilder remote(URI dataset) {
        return new RemoteStoreBuilder(dataset);
    }

    /**
     * Starts a batch of puts and deletes, committed as one unit by {@link Batch#commit()}. Only one batch writes at a
     * time: this waits while another thread's batch is open.
     */
    Batch batch();

    /** Deletes the given records of one source in one batch. */
    default BatchCounts delete(String sourceId, String... recordIds) {
        return delete(sourceId, List.of(recordIds));
    }

    /** Deletes the given records of one source in one batch. */
    default BatchCounts delete(String sourceId, Collection<String> recordIds) {
        try (Batch batch = batch()) {
            for (String recordId : recordIds) {
                batch.delete(sourceId, recordId);
            }
            return batch.commit();
        }
    }

    /** Deletes every record of one source in one batch; returns how many were deleted. */
    long deleteSource(String sourceId);

    /**
     * The record ids the store holds for one source, in no particular order. The stream reads inside a read
     * transaction on the calling thread that ends when the stream is closed or exhausted: use try-with-resources, and
     * do not open a batch on the same thread until then.
     */
    Stream<String> recordIds(String sourceId);

    /** The metadata of one stored record, if the store holds it. */
    Optional<StoredRecord> record(String sourceId, String recordId);

    /** Records and triples per source, number of graphs, last import time. Reads every record's metadata. */
    StoreStats stats();

    /**
     * True when the store holds no record of any source (internal ones included). Asks for one record only, where
     * {@link #stats} reads them all.
     */
    boolean isEmpty();

    /**
     * Runs a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query against the store, whose default graph is the union of
     * all named graphs.
     *
     * @param timeout the overall time limit; past it the query is cancelled with Jena's {@code
     *     QueryCancelledException}
     * @throws org.apache.jena.query.QueryParseException when the query does not parse
     */
    QueryResult query(String sparql, Duration timeout);

    /**
     * The document a record IRI dereferences to: the triples of the named graph {@code graphIri} plus what the
     * metadata graph says about that graph (source, record id, import time, …). Empty when the store holds no such
     * graph, when it is empty, or when it is the metadata graph itself.
     */
    Optional<Graph> recordDocument(String graphIri);

    /** What the store takes on disk; empty for a remote store, whose disk is its server's business. */
    default Optional<DiskUse> diskUse() {
        return Optional.empty();
    }

    /**
     * Takes what the store now takes on disk as the reference its later growth is judged by (see {@link DiskUse}),
     * when nothing has measured it yet (or only the store empty): called when a first load into an empty store ends.
     * Nothing for a remote store.
     */
    default void measureFirstLoad() {}

    /**
     * Rewrites the store with its live data only, dropping what copy-on-write commits left behind, and records the
     * size it then has (see {@link DiskUse}). Readers in this process go on meanwhile; no batch may be open.
     *
     * @throws UnsupportedOperationException for a remote store (compact it with its server's own tools)
     */
    default Compaction compact() {
        throw new UnsupportedOperationException(
                "a remote store is compacted by its own server (for Fuseki: POST /$/compact/DATASET)");
    }

    /** How a SPARQL server reaches this store: its dataset (embedded) or its endpoints (remote). */
    SparqlAccess access();

    /** Releases the store. Open batches must be closed first. */
    @Override
    void close();

    /**
     * A unit of writes. Nothing is visible to readers until {@link #commit()}; closing without commit abandons every
     * write of the batch.
     */
    interface Batch extends AutoCloseable {

        /**
         * Stores one record's triples in its named graph, replacing what the store held for the same record. A record
         * whose checksum, mapping version and graph IRI equal the stored ones is left alone ({@link
         * Outcome#UNCHANGED}). Duplicate triples are stored once.
         *
         * @throws IllegalArgumentException when a triple is not concrete (has a variable or wildcard), or the graph
         *     IRI already belongs to another record
         */
        Outcome put(RecordMeta meta, Collection<Triple> triples);

        /** Removes one record's graph and metadata. */
        Outcome delete(String sourceId, String recordId);

        /**
         * Announces records about to be put, so that a remote store looks up what it holds for all of them in one
         * request instead of one request per put. Optional: puts work without it, and the embedded store ignores it.
         */
        default void prefetch(Collection<RecordMeta> records) {}

        /** As {@link #prefetch}, for records about to be deleted. */
        default void prefetchDeletes(Collection<RecordKey> keys) {}

        /** What this batch did so far. */
        BatchCounts counts();

        /** Makes the batch's writes durable and visible; returns what it did. The batch is then finished. */
        BatchCounts commit();

        /** Abandons the batch unless it was committed. */
        @Override
        void close();
    }
}
