package org.colophon.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.colophon.bench.BenchInput;
import org.colophon.bench.Probe;
import org.colophon.graph.GraphStore;
import org.colophon.transform.Converter;

/**
 * The store benchmark as a whole: our import beside TDB2's own loader on the same records, then query latency and
 * concurrent load over HTTP against the real endpoint serving what was imported, then the verdicts.
 */
public final class StoreBench {
    /** What a run does besides the record count. */
    public record Settings(long records, int requests, int clients, double loadSeconds, double warmUpSeconds) {}

    static final String BASE = "http://localhost:3030/";
    static final String SOURCE = "bench";
    static final int TARGET_RECORDS = 100_000;
    /** The server's heap: what {@code colophon serve} gets on a small machine. */
    static final String SERVER_HEAP = "1g";

    private final Path dir;
    private final Consumer<String> log;
    private final Converter converter;
    private final BenchInput input;

    public StoreBench(List<Path> seeds, Path dir, Consumer<String> log) throws IOException {
        this.dir = dir;
        this.log = log;
        this.converter = Converter.builder().base(BASE).build();
        this.input = new BenchInput(seeds, converter);
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files; " + Probe.machine());
    }

    /** Runs everything, removes what it wrote under the work directory, and returns the markdown section. */
    public String run(Settings s, String command) throws Exception {
        String loadAverage = loadAverage();
        log.accept("load average at start: " + loadAverage);
        warmUp(Math.min(s.records(), 3000));
        Path iso = input.writeIso(dir, s.records());
        log.accept("writing the same records' quads (also warms the converter up)...");
        LoaderRun.Quads quads = LoaderRun.writeQuads(converter, iso, SOURCE, dir.resolve("bench.nq"), 200);
        try {
            Throughput ours;
            Throughput loader;
            Map<String, List<QueryMix.Request>> mix;
            try (GraphStore store = GraphStore.open(dir.resolve("import").resolve("tdb2"))) {
                log.accept("importing " + s.records() + " records into an empty store...");
                ours = ImportRun.run(converter, store, iso, SOURCE, log);
                log.accept(ours.line());
                log.accept("loading " + quads.quads() + " quads with TDB2's phased loader...");
                loader = LoaderRun.load(quads, dir.resolve("loader").resolve("tdb2"));
                log.accept(loader.line());
                delete(dir.resolve("loader"));
                Files.deleteIfExists(quads.file());
                Files.deleteIfExists(iso);

                mix = QueryMix.build(store, BASE, quads.recordIris(), 20);
            }
            try (ServeProcess server =
                    ServeProcess.start(dir.resolve("import"), BASE, SERVER_HEAP, dir.resolve("serve.log"))) {
                log.accept(
                        "colophon serve in its own JVM at " + server.url() + "; warming up, then measuring latency...");
                Path file = dir.resolve("requests.tsv");
                QueryMix.write(mix, file);
                List<Latency.Figures> figures = Latency.measureFromAnotherProcess(
                        server.url(), file, s.warmUpSeconds(), s.requests(), dir.resolve("latency-client.out"));
                figures.forEach(f -> log.accept(f.line()));
                log.accept("load from a second process: " + s.clients() + " clients for " + s.loadSeconds() + " s...");
                LoadRun.Figures load = LoadRun.run(server.url(), file, s.clients(), s.loadSeconds(), dir);
                log.accept(load.line());
                List<String> verdicts = verdicts(s.records(), ours, loader, figures);
                verdicts.forEach(v -> log.accept("target: " + v));
                return StoreReport.markdown(
                        command,
                        input.seedCount(),
                        loadAverage,
                        ours,
                        loader,
                        figures,
                        load,
                        verdicts,
                        server.heap(),
                        s.warmUpSeconds());
            }
        } finally {
            delete(dir.resolve("import"));
        }
    }

    /**
     * Both loads once, untimed, on a few thousand records (enough for the bulk path), so neither timed run pays for
     * the JIT and class loading of code the other already warmed.
     */
    private void warmUp(long n) throws IOException {
        log.accept("warming up both loads on " + n + " records...");
        Path warm = Files.createDirectories(dir.resolve("warm-up"));
        try {
            Path iso = input.writeIso(warm, n);
            LoaderRun.Quads quads = LoaderRun.writeQuads(converter, iso, SOURCE, warm.resolve("warm.nq"), 1);
            try (GraphStore store = GraphStore.open(warm.resolve("import"))) {
                ImportRun.run(converter, store, iso, SOURCE, line -> {});
            }
            LoaderRun.load(quads, warm.resolve("loader"));
        } finally {
            delete(warm);
        }
    }

    /** The 1, 5 and 15 minute load averages, to tell a quiet machine from a busy one; "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static void writeReport(Path file, String section) throws IOException {
        StoreReport.write(file, section);
    }

    static List<String> verdicts(long records, Throughput ours, Throughput loader, List<Latency.Figures> latency) {
        List<String> out = new ArrayList<>();
        double ratio = ours.triplesPerSecond() / loader.triplesPerSecond();
        out.add(String.format(
                "import speed: %,.0f triples/s, %.2f× the loader's %,.0f triples/s, conversion included"
                        + " (target: ≥ 0.8×): %s",
                ours.triplesPerSecond(), ratio, loader.triplesPerSecond(), ratio >= 0.8 ? "met" : "NOT met"));
        out.add(String.format(
                "memory: heap peak %,.0f MB (live after GC %,.0f MB) for our import, %,.0f MB (%,.0f MB) for the"
                        + " loader, in a max heap of %,d MB (no number set: lean triples, bounded memory)",
                ours.peakHeapMb(),
                ours.liveHeapMb(),
                loader.peakHeapMb(),
                loader.liveHeapMb(),
                Runtime.getRuntime().maxMemory() / 1048576));
        for (Latency.Figures f : latency) {
            if (!f.kind().equals(QueryMix.IRI)) continue;
            String verdict = f.errors() > 0 ? "NOT met (" + f.errors() + " errors)" : f.p50() < 5 ? "met" : "NOT met";
            if (records < TARGET_RECORDS && verdict.equals("met"))
                verdict = "met at this size, not yet judged: the target is for ≥ 100,000 records";
            out.add(String.format(
                    "record IRI lookup p50 %.2f ms at %,d records (target: < 5 ms at ≥ 100,000 records): %s",
                    f.p50(), records, verdict));
        }
        return out;
    }

    public static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + p, e);
        }
    }
}
