package org.colophon.graph.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;

/**
 * A batch on the TDB2 store. On a non-empty store it is one write transaction. On an empty store it first buffers
 * puts; if the buffer passes the bulk threshold it switches to TDB2's bulk loader (see {@link BulkLoad}), otherwise
 * commit writes the buffer in one write transaction. Outcomes are the same on every path.
 */
final class Tdb2Batch implements GraphStore.Batch {

    private enum Mode {
        BUFFERING,
        INCREMENTAL,
        BULK,
        FINISHED
    }

    private final Tdb2GraphStore store;
    private final DatasetGraph dsg;
    private final Instant imported = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private Mode mode;
    private BatchCounts counts = BatchCounts.NONE;
    private RecordWriter writer;

    private final Map<RecordKey, Pending> buffer = new LinkedHashMap<>();
    private long bufferedTriples;
    private BulkLoad bulk;

    Tdb2Batch(Tdb2GraphStore store) {
        this.store = store;
        this.dsg = store.dsg();
        store.lockForBatch();
        try {
            boolean empty = Txn.calculateRead(dsg, dsg::isEmpty);
            if (empty && store.bulkThreshold() < Long.MAX_VALUE) {
                mode = Mode.BUFFERING;
            } else {
                beginIncremental();
            }
        } catch (RuntimeException e) {
            store.unlockBatch();
            throw e;
        }
    }

    @Override
    public Outcome put(RecordMeta meta, Collection<Triple> triples) {
        requireOpen();
        Set<Triple> distinct = RecordTriples.distinct(meta, triples);
        Outcome outcome =
                switch (mode) {
                    case BUFFERING -> bufferPut(meta, distinct);
                    case INCREMENTAL -> writer.put(meta, distinct);
                    default -> bulk.put(meta, distinct);
                };
        counts = counts.plus(outcome);
        return outcome;
    }

    @Override
    public Outcome delete(String sourceId, String recordId) {
        requireOpen();
        RecordKey key = new RecordKey(sourceId, recordId);
        Outcome outcome =
                switch (mode) {
                    case BUFFERING -> bufferDelete(key);
                    case INCREMENTAL -> writer.delete(key);
                    default -> bulk.delete(key);
                };
        counts = counts.plus(outcome);
        return outcome;
    }

    /** Deletes every record of a source; only at the start of a batch. */
    long deleteSource(String sourceId) {
        requireOpen();
        if (mode != Mode.INCREMENTAL) {
            return 0; // the store was empty when the batch began
        }
        long n = writer.deleteSource(sourceId);
        for (long i = 0; i < n; i++) {
            counts = counts.plus(Outcome.DELETED);
        }
        return n;
    }

    /** True once this batch went to the bulk loader. */
    boolean usedBulkLoader() {
        return bulk != null;
    }

    @Override
    public BatchCounts counts() {
        return counts;
    }

    @Override
    public BatchCounts commit() {
        requireOpen();
        try {
            switch (mode) {
                case BUFFERING -> commitBuffer();
                case INCREMENTAL -> commitIncremental();
                default -> {
                    bulk.commit();
                    store.bulkLoaded();
                }
            }
        } finally {
            finish();
        }
        return counts;
    }

    @Override
    public void close() {
        if (mode == Mode.FINISHED) {
            return;
        }
        try {
            if (mode == Mode.INCREMENTAL) {
                dsg.abort();
                dsg.end();
            } else if (mode == Mode.BULK) {
                bulk.abandon();
            }
        } finally {
            finish();
        }
    }

    private Outcome bufferPut(RecordMeta meta, Set<Triple> triples) {
        Pending previous = buffer.get(meta.key());
        if (previous != null && Fingerprint.of(previous.meta()).equals(Fingerprint.of(meta))) {
            return Outcome.UNCHANGED;
        }
        if (previous != null) {
            bufferedTriples -= previous.triples().size();
        }
        buffer.put(meta.key(), Pending.put(meta, triples));
        bufferedTriples += triples.size();
        if (bufferedTriples >= store.bulkThreshold()) {
            leaveBuffering();
        }
        return previous == null ? Outcome.ADDED : Outcome.REPLACED;
    }

    /**
     * Bulk-loads only if the store is still empty (someone may have written through the dataset directly, and a
     * rolled-back bulk load empties the store); otherwise writes the buffer in this batch's write transaction.
     */
    private void leaveBuffering() {
        if (Txn.calculateRead(dsg, dsg::isEmpty)) {
            bulk = new BulkLoad(store, imported);
            mode = Mode.BULK;
            bulk.start(buffer.values());
        } else {
            beginIncremental();
            buffer.values().forEach(p -> p.applyTo(writer));
        }
        buffer.clear();
    }

    private Outcome bufferDelete(RecordKey key) {
        Pending previous = buffer.remove(key);
        if (previous == null) {
            return Outcome.NOT_FOUND;
        }
        bufferedTriples -= previous.triples().size();
        return Outcome.DELETED;
    }

    private void commitBuffer() {
        if (buffer.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            RecordWriter w = new RecordWriter(dsg, imported);
            buffer.values().forEach(p -> p.applyTo(w));
        });
    }

    private void commitIncremental() {
        try {
            dsg.commit();
        } finally {
            dsg.end();
        }
    }

    private void beginIncremental() {
        dsg.begin(ReadWrite.WRITE);
        writer = new RecordWriter(dsg, imported);
        mode = Mode.INCREMENTAL;
    }

    private void requireOpen() {
        if (mode == Mode.FINISHED) {
            throw new IllegalStateException("batch already committed or closed");
        }
    }

    private void finish() {
        if (mode != Mode.FINISHED) {
            mode = Mode.FINISHED;
            store.unlockBatch();
        }
    }
}
