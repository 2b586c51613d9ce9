package org.colophon.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.colophon.bench.HeapSampler;
import org.colophon.bench.Probe;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.Converter;

/**
 * {@code colophon import}'s own path, measured: the {@link Ingest} reading an ISO 2709 file, converting on all
 * cores and loading into an empty store (so the store takes TDB2's bulk loader once a batch passes its threshold).
 */
final class ImportRun {
    private ImportRun() {}

    /** Imports {@code iso} into the empty store {@code store}; the store stays open for the caller. */
    static Throughput run(Converter converter, GraphStore store, Path iso, String source, Consumer<String> log)
            throws IOException {
        if (!store.isEmpty()) throw new IllegalStateException("the import benchmark needs an empty store");
        Quarantine q = Quarantine.counting();
        int threads = Runtime.getRuntime().availableProcessors();
        IngestSummary s;
        double wall;
        double cpu;
        double peak;
        try (HeapSampler heap = new HeapSampler();
                RecordSource src = FileRecordReader.open(iso, source, null, q)) {
            double cpu0 = Probe.cpuSeconds();
            long t0 = System.nanoTime();
            Ingest ingest = Ingest.builder(DataDir.of(iso.toAbsolutePath().getParent()))
                    .store(store)
                    .converter(converter)
                    .quarantine(q)
                    .threads(threads)
                    .build();
            s = ingest.load(src, p -> log.accept("... " + p.line()));
            wall = (System.nanoTime() - t0) / 1e9;
            cpu = Probe.cpuSeconds() - cpu0;
            peak = heap.peakMb();
        }
        if (s.quarantined() > 0) log.accept("note: " + s.quarantined() + " records quarantined during the import");
        return new Throughput(
                "colophon import (convert + load)",
                s.read() - s.quarantined(),
                s.triples(),
                wall,
                cpu,
                peak,
                Probe.liveHeapAfterGcMb());
    }
}
