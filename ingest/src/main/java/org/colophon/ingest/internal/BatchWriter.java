package org.colophon.ingest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordMeta;
import org.colophon.ingest.IngestListener;
import org.colophon.record.Quarantine;
import org.colophon.transform.ConversionRun.Converted;
import org.colophon.transform.Converter;

/**
 * The one place records enter or leave the store: puts and deletes go into one open batch, every listener hears of
 * them inside it, and {@link #commit} commits store and listeners together. A batch is opened on first use and
 * belongs to the thread that uses this writer. A record the store refuses (its graph IRI belongs to another record)
 * goes to the quarantine; the batch goes on.
 */
public final class BatchWriter implements AutoCloseable {
    private final GraphStore store;
    private final Converter converter;
    private final List<IngestListener> listeners;
    private final Quarantine quarantine;
    private final Tally tally;
    private GraphStore.Batch batch;
    private int pending;

    public BatchWriter(
            GraphStore store, Converter converter, List<IngestListener> listeners, Quarantine quarantine, Tally tally) {
        this.store = store;
        this.converter = converter;
        this.listeners = List.copyOf(listeners);
        this.quarantine = quarantine;
        this.tally = tally;
    }

    /** Stores one converted record (or leaves it, when unchanged). */
    public Outcome put(Converted c) {
        RecordMeta meta = Provenance.of(c, converter);
        GraphStore.Batch b = batch();
        Outcome o;
        try {
            o = b.put(meta, c.triples());
        } catch (IllegalArgumentException e) {
            quarantine.put(
                    c.source().withRecordId(c.recordId()), "store", c.source().locator() + ": " + e.getMessage());
            return null;
        }
        pending++;
        tally.add(o, c.triples().size());
        if (o != Outcome.UNCHANGED) tell(meta, c.triples(), b);
        return o;
    }

    /** Every listener derives what it derives from the record, then every listener hears of it with all of that. */
    private void tell(RecordMeta meta, List<Triple> triples, GraphStore.Batch b) {
        List<Triple> seen = triples;
        for (IngestListener l : listeners) {
            List<Triple> derived = l.derive(meta, triples, b);
            if (derived.isEmpty()) continue;
            if (seen == triples) seen = new ArrayList<>(triples);
            seen.addAll(derived);
        }
        for (IngestListener l : listeners) l.put(meta, seen, b);
    }

    /** Records refreshed per batch. */
    static final int REFRESH_BATCH = 500;

    /**
     * Tells every listener again about stored records whose graphs did not change, in batches of their own, so what
     * they derive from them (authority links, the search document) follows a change elsewhere. Commits whatever was
     * pending first. Returns how many records were refreshed; graphs the store does not hold are skipped.
     */
    public int refresh(Collection<String> graphs) {
        commit();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(graphs));
        int n = 0;
        for (int i = 0; i < all.size(); i += REFRESH_BATCH) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + REFRESH_BATCH));
            Map<String, RecordMeta> metas = StoredRecords.metas(store, chunk);
            for (String g : chunk) {
                RecordMeta meta = metas.get(g);
                if (meta == null) continue;
                tell(meta, StoredRecords.triples(store, g), batch());
                pending++;
                n++;
            }
            commit();
        }
        return n;
    }

    /** Removes one record. */
    public Outcome delete(String sourceId, String recordId) {
        GraphStore.Batch b = batch();
        Outcome o = b.delete(sourceId, recordId);
        pending++;
        tally.add(o, 0);
        if (o == Outcome.DELETED) {
            for (IngestListener l : listeners) l.deleted(sourceId, recordId, b);
        }
        return o;
    }

    /** Puts and deletes since the last commit. */
    public int pending() {
        return pending;
    }

    /** Commits the open batch, if any: listeners prepare, the store commits, listeners are told. */
    public void commit() {
        if (batch == null) return;
        try {
            for (IngestListener l : listeners) l.prepare();
            batch.commit();
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
        batch.close();
        batch = null;
        pending = 0;
        for (IngestListener l : listeners) l.committed();
        Set<String> stale = new LinkedHashSet<>();
        for (IngestListener l : listeners) stale.addAll(l.stale());
        if (!stale.isEmpty()) refreshed += refresh(stale);
    }

    private long refreshed;

    /** Stored records refreshed because a listener found them {@linkplain IngestListener#stale stale}. */
    public long refreshed() {
        return refreshed;
    }

    /** Abandons the open batch, if any. */
    public void abandon() {
        if (batch == null) return;
        try {
            batch.close();
        } finally {
            batch = null;
            pending = 0;
            for (IngestListener l : listeners) l.abandoned();
        }
    }

    private GraphStore.Batch batch() {
        if (batch == null) batch = store.batch();
        return batch;
    }

    /** Abandons whatever was not committed. */
    @Override
    public void close() {
        abandon();
    }
}
