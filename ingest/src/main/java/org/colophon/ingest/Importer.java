package org.colophon.ingest;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordMeta;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;

/**
 * Converts records and loads them into the store: one named graph per record, replaced atomically when the record
 * changed, left alone when its checksum and mapping version are what the store holds. Into an empty store the whole
 * run is one batch, so the store can take its bulk path; otherwise records are committed in batches.
 */
public final class Importer {
    /** Counts at the end of an import. */
    public record Summary(long read, long quarantined, Map<Outcome, Long> outcomes, long triples, double seconds) {
        public long count(Outcome o) {
            return outcomes.getOrDefault(o, 0L);
        }

        public String line() {
            return String.format(
                    "read %d, added %d, replaced %d, unchanged %d, quarantined %d, triples %d, %.1f s, %.0f records/s",
                    read,
                    count(Outcome.ADDED),
                    count(Outcome.REPLACED),
                    count(Outcome.UNCHANGED),
                    quarantined,
                    triples,
                    seconds,
                    seconds <= 0 ? 0 : read / seconds);
        }
    }

    private final Converter converter;
    private final GraphStore store;
    private final Quarantine quarantine;
    private final int threads;
    private final int batchSize;

    public Importer(Converter converter, GraphStore store, Quarantine quarantine, int threads, int batchSize) {
        this.converter = converter;
        this.store = store;
        this.quarantine = quarantine;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    public Summary run(Iterator<SourceRecord> records, Consumer<Summary> progress) {
        long start = System.nanoTime();
        boolean empty = store.stats().records() == 0;
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long[] triples = {0};
        long[] inBatch = {0};
        long[] lastProgress = {System.currentTimeMillis()};
        GraphStore.Batch[] batch = {store.batch()};
        ConversionRun.Summary s;
        try {
            s = new ConversionRun(converter, quarantine, threads, null).run(records, c -> {
                RecordMeta meta = Provenance.of(c, converter);
                Outcome o = batch[0].put(meta, c.triples());
                outcomes.merge(o, 1L, Long::sum);
                if (o != Outcome.UNCHANGED) triples[0] += c.triples().size();
                if (!empty && ++inBatch[0] >= batchSize) {
                    batch[0].commit();
                    batch[0].close();
                    batch[0] = store.batch();
                    inBatch[0] = 0;
                }
                if (progress != null && System.currentTimeMillis() - lastProgress[0] > 2000) {
                    lastProgress[0] = System.currentTimeMillis();
                    long read = outcomes.values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    progress.accept(new Summary(
                            read,
                            quarantine.count(),
                            Map.copyOf(outcomes),
                            triples[0],
                            (System.nanoTime() - start) / 1e9));
                }
            });
            batch[0].commit();
        } finally {
            batch[0].close();
        }
        return new Summary(s.read(), quarantine.count(), outcomes, triples[0], (System.nanoTime() - start) / 1e9);
    }
}
