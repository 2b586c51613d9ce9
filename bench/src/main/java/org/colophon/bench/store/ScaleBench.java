package org.colophon.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.colophon.bench.BenchInput;
import org.colophon.bench.ColophonRun;
import org.colophon.bench.Machine;
import org.colophon.bench.StoreCount;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.StoreStats;
import org.colophon.transform.Converter;

/**
 * Issue 8's million-record run: what a user runs, on many records, each command a cold JVM of its own — {@code
 * colophon convert}, then {@code colophon import} into an empty data directory (store and search index), then {@code
 * colophon serve} over it with record IRIs and SPARQL queries timed from a second process. Each step's time, CPU, peak
 * heap (from its GC log) and the disk the data directory takes afterwards.
 */
final class ScaleBench {
    /** What a run does. */
    record Settings(long records, String heap, int requests, double warmUpSeconds) {}

    /** One command run on the records. */
    record Step(String what, long records, long triples, ColophonRun.Result run) {
        double recordsPerSecond() {
            return records / run.seconds();
        }

        double triplesPerSecond() {
            return triples / run.seconds();
        }

        String line() {
            return String.format(
                    "%-22s %,10d rec %,13d triples %8.1f s %8.1f cpu-s %,8.0f rec/s %,10.0f triples/s heap peak %,6.0f MB",
                    what,
                    records,
                    triples,
                    run.seconds(),
                    run.cpuSeconds(),
                    recordsPerSecond(),
                    triplesPerSecond(),
                    run.heap().peakMb());
        }
    }

    /** What one run measured. */
    record Figures(
            Machine machine,
            int seeds,
            long inputBytes,
            Step convert,
            long convertOutputBytes,
            Step importRun,
            Map<String, Long> disk,
            List<Latency.Figures> latency,
            String serverHeap) {}

    static final String BASE = "http://localhost:3030/";
    static final String SOURCE = "bench";
    /** Record IRIs sampled for the lookups, spread evenly over the input. */
    private static final int IRI_SAMPLE = 200;

    private final Path dir;
    private final Path jar;
    private final Consumer<String> log;
    private final Converter converter;
    private final BenchInput input;

    ScaleBench(List<Path> seeds, Path dir, Path jar, Consumer<String> log) throws IOException {
        this.dir = dir;
        this.jar = jar;
        this.log = log;
        this.converter = Converter.builder().base(BASE).build();
        this.input = new BenchInput(seeds, converter);
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files");
    }

    String run(Settings s, String command) throws Exception {
        Machine machine = Machine.now();
        log.accept(machine.line());
        log.accept("writing " + s.records() + " records (synthetic: the seeds repeated with unique control numbers)"
                + " as ISO 2709...");
        Path iso = input.writeIso(dir, s.records());
        long inputBytes = Files.size(iso);

        Path convertDir = Files.createDirectories(dir.resolve("convert"));
        log.accept("colophon convert --to nquads (log: " + convertDir.resolve("convert.log") + ")...");
        ColophonRun.Result c = ColophonRun.run(
                jar,
                s.heap(),
                List.of(
                        "convert",
                        "--to",
                        "nquads",
                        "--source",
                        SOURCE,
                        "--base",
                        BASE,
                        "-o",
                        "out.nq",
                        iso.toString()),
                convertDir,
                "convert");
        check("colophon convert", c, convertDir);
        long convertOutput = Files.size(convertDir.resolve("out.nq"));
        Files.delete(convertDir.resolve("out.nq"));
        Step convert = new Step("colophon convert", converted(c.output()), triples(c.output()), c);
        log.accept(convert.line());

        Path importDir = Files.createDirectories(dir.resolve("import"));
        log.accept("colophon import into an empty data directory (log: " + importDir.resolve("import.log") + ")...");
        ColophonRun.Result i = ColophonRun.run(
                jar,
                s.heap(),
                List.of("import", "--data", "data", "--source", SOURCE, "--base", BASE, iso.toString()),
                importDir,
                "import");
        check("colophon import", i, importDir);
        Path data = importDir.resolve("data");
        StoreStats stats = StoreCount.of(data);
        Step imported = new Step("colophon import", stats.records(), stats.triples(), i);
        log.accept(imported.line());
        if (stats.records() != s.records())
            log.accept("note: the store holds " + stats.records() + " records, not " + s.records());
        Files.deleteIfExists(iso);
        Map<String, Long> disk = disk(data);
        log.accept("disk: " + disk);

        Map<String, List<QueryMix.Request>> mix;
        try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
            mix = QueryMix.build(store, BASE, sampleIris(s.records()), 20);
        }
        Path requests = dir.resolve("requests.tsv");
        QueryMix.write(mix, requests);
        List<Latency.Figures> latency;
        try (ServeProcess server = ServeProcess.start(data, BASE, s.heap(), dir.resolve("serve.log"))) {
            log.accept("colophon serve in its own JVM at " + server.url() + "; warming up, then measuring latency...");
            latency = Latency.measureFromAnotherProcess(
                    server.url(), requests, s.warmUpSeconds(), s.requests(), dir.resolve("latency-client.out"));
        }
        latency.forEach(f -> log.accept(f.line()));
        return ScaleReport.markdown(
                command,
                new Figures(
                        machine,
                        input.seedCount(),
                        inputBytes,
                        convert,
                        convertOutput,
                        imported,
                        disk,
                        latency,
                        s.heap()));
    }

    /** Record IRIs of records spread evenly over 0 … n-1 (record i has control number {@code bench<i>}). */
    private List<String> sampleIris(long n) {
        List<String> out = new ArrayList<>();
        long step = Math.max(1, n / IRI_SAMPLE);
        for (long k = 0; k < n && out.size() < IRI_SAMPLE; k += step) out.add(converter.recordIri(SOURCE, "bench" + k));
        return out;
    }

    /** Bytes under each top-level entry of the data directory, and their total, in the order listed. */
    static Map<String, Long> disk(Path data) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> top = Files.list(data)) {
            for (Path p : top.sorted().toList()) {
                long bytes = bytes(p);
                out.put(p.getFileName().toString(), bytes);
                total += bytes;
            }
        }
        out.put("total", total);
        return out;
    }

    private static long bytes(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            long sum = 0;
            for (Path f : all.toList()) if (Files.isRegularFile(f)) sum += Files.size(f);
            return sum;
        }
    }

    /** The records a convert run's summary line says it converted ({@code read N, converted M, …}). */
    static long converted(String output) {
        var m = java.util.regex.Pattern.compile("converted ([0-9]+)").matcher(output);
        long n = -1;
        while (m.find()) n = Long.parseLong(m.group(1));
        return n;
    }

    /** The triples a convert run's summary line gives ({@code …, triples N, …}). */
    static long triples(String output) {
        var m = java.util.regex.Pattern.compile("triples ([0-9]+)").matcher(output);
        long n = -1;
        while (m.find()) n = Long.parseLong(m.group(1));
        return n;
    }

    /** A run that quarantined records (exit 1) has finished; anything else but 0 has not. */
    private static void check(String what, ColophonRun.Result r, Path workDir) throws IOException {
        if (r.exitCode() == 0 || r.exitCode() == 1) return;
        String[] lines = r.output().strip().split("\n");
        throw new IOException(
                what + " failed (exit " + r.exitCode() + "): " + lines[lines.length - 1] + " (see " + workDir + ")");
    }
}
