package org.colophon.graph.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.RecordKey;
import org.colophon.graph.SparqlAccess;
import org.colophon.graph.StoreStats;
import org.colophon.graph.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GraphStore} on a remote SPARQL 1.1 store: reads are SPARQL queries, each batch is one SPARQL Update
 * request ({@link RemoteBatch}). The store's default graph must be the union of its named graphs for queries made
 * through {@link #query} and the endpoint; the store's own reads name their graphs and do not depend on it.
 */
public final class RemoteGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteGraphStore.class);

    private final SparqlAccess.Remote endpoints;
    private final SparqlClient client;
    private final RemoteReads reads;
    /** One batch writes at a time from this process, as with the embedded store. */
    private final ReentrantLock batchLock = new ReentrantLock();

    private volatile boolean closed;

    private RemoteGraphStore(SparqlAccess.Remote endpoints, Duration connectTimeout, Duration updateTimeout) {
        this.endpoints = endpoints;
        this.client = new SparqlClient(endpoints, connectTimeout, updateTimeout);
        this.reads = new RemoteReads(client);
    }

    /** Connects and checks that the store answers; warns when its default graph is not the union. */
    public static GraphStore connect(SparqlAccess.Remote endpoints, Duration connectTimeout, Duration updateTimeout) {
        RemoteGraphStore store = new RemoteGraphStore(endpoints, connectTimeout, updateTimeout);
        Binding row = store.client.query(RemoteQueries.unionCheck(), connectTimeout, exec -> exec.select()
                .next());
        if (Boolean.parseBoolean(row.get("meta").getLiteralLexicalForm())
                && !Boolean.parseBoolean(row.get("union").getLiteralLexicalForm())) {
            LOG.warn(
                    "{}: the default graph is not the union of the named graphs, so queries without GRAPH find no"
                            + " records; set it on the store (Fuseki: tdb2:unionDefaultGraph true)",
                    endpoints.query());
        }
        return store;
    }

    @Override
    public Batch batch() {
        requireOpen();
        return new RemoteBatch(this);
    }

    @Override
    public long deleteSource(String sourceId) {
        requireOpen();
        lockForBatch();
        try {
            long n = client.query(
                    RemoteQueries.countSource(sourceId),
                    RemoteReads.TIMEOUT,
                    exec -> Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm()));
            if (n > 0) {
                client.update(
                        java.net.http.HttpRequest.BodyPublishers.ofString(RemoteQueries.deleteSource(sourceId)),
                        "the deletion of source " + sourceId);
            }
            return n;
        } finally {
            unlockBatch();
        }
    }

    @Override
    public Stream<String> recordIds(String sourceId) {
        requireOpen();
        return reads.recordIds(sourceId);
    }

    @Override
    public Optional<StoredRecord> record(String sourceId, String recordId) {
        requireOpen();
        return reads.record(new RecordKey(sourceId, recordId));
    }

    @Override
    public StoreStats stats() {
        requireOpen();
        return reads.stats();
    }

    @Override
    public boolean isEmpty() {
        requireOpen();
        return !reads.anyRecord();
    }

    @Override
    public QueryResult query(String sparql, Duration timeout) {
        requireOpen();
        Query query = QueryFactory.create(sparql);
        return client.query(query, timeout, exec -> QueryResults.materialise(query, exec));
    }

    @Override
    public Optional<Graph> recordDocument(String graphIri) {
        requireOpen();
        if (!SparqlTerms.writable(graphIri) || graphIri.equals(ColophonMeta.META_GRAPH)) {
            return Optional.empty(); // no record can have such a graph here
        }
        return reads.document(graphIri);
    }

    @Override
    public SparqlAccess access() {
        return endpoints;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "remote SPARQL store " + endpoints.query();
    }

    SparqlClient client() {
        return client;
    }

    RemoteReads reads() {
        return reads;
    }

    void lockForBatch() {
        requireOpen();
        if (batchLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a batch is already open on this thread");
        }
        batchLock.lock();
    }

    void unlockBatch() {
        batchLock.unlock();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }
}
