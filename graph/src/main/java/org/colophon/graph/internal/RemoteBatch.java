package org.colophon.graph.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;

/**
 * A batch on a remote store. Puts and deletes are decided here, against what the store holds (looked up by key and
 * graph IRI: one query per put, or one per {@link #prefetch} for many) overlaid with the batch's own earlier
 * operations, and written into one SPARQL Update request ({@link UpdateWriter}) that {@link #commit()} sends. Nothing
 * reaches the store before that, so closing without commit writes nothing.
 */
final class RemoteBatch implements GraphStore.Batch {

    /** Keys per lookup query, so that a large prefetch does not become one huge query. */
    private static final int LOOKUP_CHUNK = 500;

    private final RemoteGraphStore store;
    private final Instant imported = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final BatchLedger ledger = new BatchLedger();
    private final UpdateWriter update = new UpdateWriter();
    private BatchCounts counts = BatchCounts.NONE;
    private boolean finished;

    RemoteBatch(RemoteGraphStore store) {
        this.store = store;
        store.lockForBatch();
    }

    @Override
    public Outcome put(RecordMeta meta, Collection<Triple> triples) {
        requireOpen();
        Set<Triple> distinct = RecordTriples.distinct(meta, triples);
        SparqlTerms.checkWritable(meta, distinct);
        lookUp(List.of(meta.key()), List.of(meta.graphIri()));
        Fingerprint stored = ledger.stored(meta.key());
        Outcome outcome;
        if (Fingerprint.of(meta).equals(stored)) {
            outcome = Outcome.UNCHANGED;
        } else {
            boolean moved = stored != null && !stored.graphIri().equals(meta.graphIri());
            RecordKey owner = ledger.owner(meta.graphIri());
            if ((stored == null || moved) && owner != null) {
                throw new IllegalArgumentException(
                        "record " + meta.key() + ": graph <" + meta.graphIri() + "> already holds record " + owner);
            }
            update.put(moved ? stored.graphIri() : null, meta, distinct, imported);
            ledger.put(meta);
            outcome = stored == null ? Outcome.ADDED : Outcome.REPLACED;
        }
        counts = counts.plus(outcome);
        return outcome;
    }

    @Override
    public Outcome delete(String sourceId, String recordId) {
        requireOpen();
        RecordKey key = new RecordKey(sourceId, recordId);
        lookUp(List.of(key), List.of());
        Fingerprint stored = ledger.stored(key);
        Outcome outcome = Outcome.NOT_FOUND;
        if (stored != null) {
            update.drop(stored.graphIri());
            ledger.delete(key);
            outcome = Outcome.DELETED;
        }
        counts = counts.plus(outcome);
        return outcome;
    }

    @Override
    public void prefetch(Collection<RecordMeta> records) {
        requireOpen();
        lookUp(
                records.stream().map(RecordMeta::key).toList(),
                records.stream()
                        .map(RecordMeta::graphIri)
                        .filter(SparqlTerms::writable)
                        .toList());
    }

    @Override
    public void prefetchDeletes(Collection<RecordKey> keys) {
        requireOpen();
        lookUp(keys, List.of());
    }

    @Override
    public BatchCounts counts() {
        return counts;
    }

    @Override
    public BatchCounts commit() {
        requireOpen();
        try {
            if (!update.isEmpty()) {
                store.client().update(update.body(), "a batch of " + counts.changed() + " record changes");
            }
        } finally {
            finish();
        }
        return counts;
    }

    @Override
    public void close() {
        finish();
    }

    /** Looks up, in chunks, the keys and graphs this batch does not know yet. */
    private void lookUp(Collection<RecordKey> keys, Collection<String> graphs) {
        List<RecordKey> k = new ArrayList<>(new LinkedHashSet<>(keys));
        k.removeIf(ledger::knows);
        List<String> g = new ArrayList<>(new LinkedHashSet<>(graphs));
        g.removeIf(ledger::knowsGraph);
        for (int i = 0; i < Math.max(k.size(), g.size()); i += LOOKUP_CHUNK) {
            List<RecordKey> ks = k.subList(Math.min(i, k.size()), Math.min(i + LOOKUP_CHUNK, k.size()));
            List<String> gs = g.subList(Math.min(i, g.size()), Math.min(i + LOOKUP_CHUNK, g.size()));
            ledger.learn(ks, gs, store.reads().lookup(ks, gs));
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("batch already committed or closed");
        }
    }

    private void finish() {
        if (!finished) {
            finished = true;
            store.unlockBatch();
        }
    }
}
