package org.colophon.bench.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.colophon.bench.HeapSampler;
import org.colophon.bench.Probe;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.NQuads;

/**
 * The peer of our import: the same records' quads written to an N-Quads file, then loaded into an empty TDB2
 * database the way {@code tdb2.tdbloader} does by default (its phased loader: startBulk, parse into the loader's
 * stream, finishBulk). Only the load is timed.
 */
final class LoaderRun {
    /** The quads file and a sample of the record (graph) IRIs in it, spread over the whole input. */
    record Quads(Path file, long records, long quads, List<String> recordIris) {}

    private LoaderRun() {}

    static Quads writeQuads(Converter converter, Path iso, String source, Path out, int sample) throws IOException {
        List<String> all = new ArrayList<>();
        ConversionRun.Summary s;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                RecordSource src = FileRecordReader.open(iso, source, null, Quarantine.counting())) {
            s = new ConversionRun(
                            converter,
                            Quarantine.counting(),
                            Runtime.getRuntime().availableProcessors(),
                            null)
                    .encoder(c -> NQuads.nquads(c.triples(), c.graphIri()))
                    .run(src, c -> {
                        all.add(c.graphIri());
                        try {
                            o.write(c.encoded());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        List<String> picked = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, sample));
        for (int i = 0; i < all.size() && picked.size() < sample; i += step) picked.add(all.get(i));
        return new Quads(out, s.converted(), s.triples(), picked);
    }

    /** Loads {@code quads} into a new TDB2 database in {@code dir} with TDB2's phased loader, as tdbloader does. */
    static Throughput load(Quads quads, Path dir) throws IOException {
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try (HeapSampler heap = new HeapSampler()) {
            double cpu0 = Probe.cpuSeconds();
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                RDFParser.source(quads.file()).lang(Lang.NQUADS).parse(loader.stream());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Throughput(
                    "TDB2 phased loader (tdb2.tdbloader's default)",
                    quads.records(),
                    loader.countQuads() + loader.countTriples(),
                    wall,
                    Probe.cpuSeconds() - cpu0,
                    heap.peakMb(),
                    Probe.liveHeapAfterGcMb());
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
