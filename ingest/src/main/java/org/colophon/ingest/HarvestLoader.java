package org.colophon.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;

/**
 * Loads harvested pages into the store: each page is converted and committed as one transaction before the
 * harvester saves its checkpoint, so a crash re-delivers at most the page in flight, and records keyed by OAI
 * identifier make that harmless. Deleted records drop their graphs. Pages of several sources may arrive at once
 * from different threads; each source's page is buffered apart.
 */
public final class HarvestLoader implements RecordSink {
    private final Converter converter;
    private final GraphStore store;
    private final Quarantine quarantine;
    private final int threads;
    private final Map<String, List<SourceRecord>> pages = new ConcurrentHashMap<>();
    private final Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();

    public HarvestLoader(Converter converter, GraphStore store, Quarantine quarantine, int threads) {
        this.converter = converter;
        this.store = store;
        this.quarantine = quarantine;
        this.threads = threads;
    }

    @Override
    public void accept(SourceRecord record) {
        pages.computeIfAbsent(record.sourceId(), s -> new ArrayList<>()).add(record);
    }

    @Override
    public CompletionStage<?> pageDone(Checkpoint checkpoint) {
        List<SourceRecord> page = pages.remove(checkpoint.sourceId());
        if (page == null || page.isEmpty()) return CompletableFuture.completedFuture(null);
        List<SourceRecord> live = new ArrayList<>(page.size());
        try (GraphStore.Batch batch = store.batch()) {
            for (SourceRecord r : page) {
                if (r.deleted()) tally(batch.delete(r.sourceId(), r.recordId()));
                else live.add(r);
            }
            new ConversionRun(converter, quarantine, threads, null).run(live.iterator(), c -> {
                tally(batch.put(Provenance.of(c, converter), c.triples()));
            });
            batch.commit();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void pageAborted(String sourceId) {
        pages.remove(sourceId);
    }

    private void tally(Outcome o) {
        outcomes.computeIfAbsent(o, k -> new AtomicLong()).incrementAndGet();
    }

    /** How many harvested records ended in this outcome so far. */
    public long count(Outcome o) {
        AtomicLong n = outcomes.get(o);
        return n == null ? 0 : n.get();
    }

    /** One line: what the store did with the harvested records. */
    public String line() {
        return String.format(
                "store: added %d, replaced %d, unchanged %d, deleted %d, quarantined %d",
                count(Outcome.ADDED),
                count(Outcome.REPLACED),
                count(Outcome.UNCHANGED),
                count(Outcome.DELETED),
                quarantine.count());
    }
}
