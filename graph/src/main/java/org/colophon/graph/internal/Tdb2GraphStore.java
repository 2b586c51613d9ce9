package org.colophon.graph.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.Compaction;
import org.colophon.graph.DiskUse;
import org.colophon.graph.GraphStore;
import org.colophon.graph.GraphStoreException;
import org.colophon.graph.QueryResult;
import org.colophon.graph.RecordKey;
import org.colophon.graph.SparqlAccess;
import org.colophon.graph.StoreStats;
import org.colophon.graph.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded TDB2 {@link GraphStore}. */
public final class Tdb2GraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2GraphStore.class);

    private final Path dir;
    private final DatasetGraph dsg;
    private final long bulkThreshold;
    private final boolean parallelLoader;
    private final BulkLoadMarker marker;
    /** One batch writes at a time; held for the batch's whole life, buffering included. */
    private final ReentrantLock batchLock = new ReentrantLock();

    private volatile String broken;
    private volatile boolean closed;

    private Tdb2GraphStore(Path dir, DatasetGraph dsg, long bulkThreshold, boolean parallelLoader) {
        this.dir = dir;
        this.dsg = dsg;
        this.bulkThreshold = bulkThreshold;
        this.parallelLoader = parallelLoader;
        this.marker = new BulkLoadMarker(dir);
    }

    /**
     * Opens or creates the store in {@code dir}; rolls back an interrupted bulk load or creation first. A new store's
     * files are written under a marker, so a crash while TDB2 writes them leaves a store that opens empty.
     */
    public static GraphStore open(Path dir, long bulkThreshold, boolean parallelLoader) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new GraphStoreException("cannot create store directory " + abs, e);
        }
        if (BulkLoadMarker.recover(abs)) {
            LOG.warn("{}: an interrupted bulk load or creation was rolled back; the store is empty", abs);
        }
        DatasetGraph dsg;
        if (BulkLoadMarker.noStoreIn(abs)) {
            BulkLoadMarker creating = BulkLoadMarker.creation(abs);
            creating.create();
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(abs));
            Txn.executeWrite(dsg, () -> {});
            creating.remove();
        } else {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(abs));
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(abs, dsg, bulkThreshold, parallelLoader);
    }

    @Override
    public Batch batch() {
        return newBatch();
    }

    @Override
    public long deleteSource(String sourceId) {
        try (Tdb2Batch batch = newBatch()) {
            long n = batch.deleteSource(sourceId);
            batch.commit();
            return n;
        }
    }

    @Override
    public Stream<String> recordIds(String sourceId) {
        requireOpen();
        return RecordIdStream.of(dsg, sourceId);
    }

    @Override
    public Optional<StoredRecord> record(String sourceId, String recordId) {
        requireOpen();
        RecordKey key = new RecordKey(sourceId, recordId);
        return Txn.calculateRead(dsg, () -> MetaGraph.find(dsg, key));
    }

    @Override
    public StoreStats stats() {
        requireOpen();
        return StatsReader.read(dsg);
    }

    @Override
    public QueryResult query(String sparql, Duration timeout) {
        requireOpen();
        return QueryRunner.run(dsg, sparql, timeout);
    }

    @Override
    public Optional<Graph> recordDocument(String graphIri) {
        requireOpen();
        return RecordDocuments.load(dsg, graphIri);
    }

    @Override
    public boolean isEmpty() {
        requireOpen();
        return Txn.calculateRead(dsg, () -> !dsg.find(ColophonMeta.metaGraph, Node.ANY, ColophonMeta.sourceId, Node.ANY)
                .hasNext());
    }

    @Override
    public Optional<DiskUse> diskUse() {
        requireOpen();
        long[] live = LiveSize.read(dir);
        return Optional.of(new DiskUse(LiveSize.bytes(dir), live[0], live[1]));
    }

    @Override
    public Compaction compact() {
        requireOpen();
        batchLock.lock();
        try {
            long before = LiveSize.bytes(dir);
            long t0 = System.nanoTime();
            DatabaseMgr.compact(dsg, true);
            long after = LiveSize.bytes(dir);
            long records = stats().records();
            LiveSize.write(dir, after, records);
            return new Compaction(before, after, records, (System.nanoTime() - t0) / 1e9);
        } finally {
            batchLock.unlock();
        }
    }

    @Override
    public void measureFirstLoad() {
        requireOpen();
        long[] live = LiveSize.read(dir);
        if (live[0] < 0 || live[1] <= 0) LiveSize.write(dir, LiveSize.bytes(dir), stats().records());
    }

    /** After a bulk load into an empty store: what it takes now is what its data takes packed. */
    void bulkLoaded() {
        LiveSize.write(dir, LiveSize.bytes(dir), stats().records());
    }

    @Override
    public SparqlAccess access() {
        return new SparqlAccess.Embedded(dsg);
    }

    DatasetGraph dsg() {
        return dsg;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        TDBInternal.expel(dsg);
    }

    @Override
    public String toString() {
        return "TDB2 graph store " + dir;
    }

    Path dir() {
        return dir;
    }

    long bulkThreshold() {
        return bulkThreshold;
    }

    boolean parallelLoader() {
        return parallelLoader;
    }

    BulkLoadMarker bulkLoadMarker() {
        return marker;
    }

    void markBroken(String reason) {
        broken = reason;
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

    private Tdb2Batch newBatch() {
        return new Tdb2Batch(this);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        if (broken != null) {
            throw new GraphStoreException(broken);
        }
    }
}
