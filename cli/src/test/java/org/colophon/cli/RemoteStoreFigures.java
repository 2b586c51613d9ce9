package org.colophon.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;
import org.colophon.graph.TestStore;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.Converter;
import org.colophon.transform.marc.Iso2709Writer;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for docs/benchmarks.md, not a test (the name keeps it out of {@code mvn verify}): {@code colophon import}
 * of N records into the embedded store and into a remote store on a second Fuseki (TDB2 on disk, JVM of its own),
 * the store-only cost of a batch with and without {@code prefetch}, and record IRI lookups through {@code colophon
 * serve} (a JVM of its own) over each. Run:
 *
 * <pre>
 * mvn -B -pl cli -am verify -Dtest=RemoteStoreFigures -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcolophon.fuseki.heap=1g [-Dfigures.records=2000]
 * </pre>
 *
 * Input: the real records in {@code samples/} repeated with unique control numbers (synthetic only in the
 * repetition). Prints a Markdown section and writes it to {@code target/remote-store-figures.md}.
 */
class RemoteStoreFigures {
    static final String BASE = "http://localhost:3030/";

    @TempDir
    Path tmp;

    final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("figures.records", 2_000);
        Path input = input(n);
        note("Input: " + n + " records (" + Files.size(input) / 1024 + " KB ISO 2709), the samples/ records repeated"
                + " with unique control numbers.");
        note("Load average at the start (1, 5, 15 min): " + loadAverage() + ".");
        note("");
        note("| store | path | run | records | triples | seconds | records/s | triples/s |");
        note("|---|---|---:|---:|---:|---:|---:|---:|");
        try (TestStore remote = TestStore.start(TestStore.Kind.REMOTE)) {
            // untimed: warm both paths up on 200 records, so that round 1 is not a cold JIT's
            check(CliRun.of(
                    "import",
                    input(200).toString(),
                    "--source",
                    "warm",
                    "--data",
                    tmp.resolve("warm").toString()));
            check(CliRun.of(
                    "import",
                    input(200).toString(),
                    "--source",
                    "warm",
                    "--data",
                    tmp.resolve("warm-r").toString(),
                    "--store",
                    remote.storeUrl().toString()));
            for (int round = 1; round <= 2; round++) {
                Path empty = tmp.resolve("empty" + round);
                importRun(
                        "embedded TDB2",
                        "empty store: bulk loader",
                        round,
                        input,
                        List.of("--data", empty.toString()),
                        null);
                Path used = tmp.resolve("used" + round);
                check(CliRun.of("import", input(200).toString(), "--source", "warm", "--data", used.toString()));
                importRun(
                        "embedded TDB2",
                        "store not empty: one transaction per batch",
                        round,
                        input,
                        List.of("--data", used.toString()),
                        null);
                remote.clear();
                importRun(
                        "remote Fuseki/TDB2",
                        "one update request per batch",
                        round,
                        input,
                        List.of(
                                "--data",
                                tmp.resolve("r" + round).toString(),
                                "--store",
                                remote.storeUrl().toString()),
                        remote);
            }
            storeOnly(remote, n);
            note("");
            note("| `colophon serve` over | record IRI lookups | p50 ms | p95 ms | p99 ms | errors |");
            note("|---|---:|---:|---:|---:|---:|");
            lookups(
                    "embedded TDB2",
                    List.of("--data", tmp.resolve("empty2").toString()),
                    tmp.resolve("empty2/tdb2"),
                    null);
            lookups(
                    "remote Fuseki/TDB2",
                    List.of(
                            "--data",
                            tmp.resolve("r2").toString(),
                            "--store",
                            remote.storeUrl().toString()),
                    null,
                    remote);
        }
        note("");
        note("Load average at the end: " + loadAverage() + ".");
        System.out.println(report);
        Files.writeString(Path.of("target", "remote-store-figures.md"), report.toString());
    }

    private void importRun(String label, String path, int round, Path input, List<String> store, TestStore remote)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("import", input.toString(), "--source", "bench"));
        args.addAll(store);
        long t0 = System.nanoTime();
        CliRun r = CliRun.of(args.toArray(String[]::new));
        double s = (System.nanoTime() - t0) / 1e9;
        check(r);
        long records;
        long triples;
        try (GraphStore g = remote != null
                ? GraphStore.connect(remote.storeUrl())
                : GraphStore.open(Path.of(store.get(1), "tdb2"))) {
            records = g.stats().sources().get("bench").records();
            triples = g.stats().sources().get("bench").triples();
        }
        note(String.format(
                Locale.ROOT,
                "| %s | %s | %d | %,d | %,d | %.1f | %,.0f | %,.0f |",
                label,
                path,
                round,
                records,
                triples,
                s,
                records / s,
                triples / s));
    }

    /** One batch of already-converted records, with and without prefetch, into an empty remote store; then again. */
    private void storeOnly(TestStore remote, int n) throws Exception {
        Converter converter = Converter.builder().base(BASE).build();
        List<RecordMeta> metas = new ArrayList<>();
        List<List<Triple>> triples = new ArrayList<>();
        for (MarcRecord m : seeds(n)) {
            String id = m.controlNumber();
            byte[] raw = Iso2709Writer.write(m);
            List<Triple> t;
            try {
                t = converter.map("bench", id, m);
            } catch (RuntimeException e) {
                continue; // quarantined by import too
            }
            if (t.isEmpty()) continue;
            triples.add(t);
            metas.add(new RecordMeta(
                    "bench",
                    id,
                    converter.recordIri("bench", id),
                    null,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw)),
                    converter.mappingVersion()));
        }
        note("");
        note("Store only (conversion excluded): one batch of the same " + n
                + " converted records into the remote store.");
        note("");
        note("| batch | lookups | seconds | records/s |");
        note("|---|---|---:|---:|");
        for (boolean prefetch : new boolean[] {false, true}) {
            remote.clear();
            for (String what : new String[] {"into the empty store (all added)", "again (all unchanged)"}) {
                try (GraphStore g = GraphStore.connect(remote.storeUrl())) {
                    long t0 = System.nanoTime();
                    try (GraphStore.Batch b = g.batch()) {
                        if (prefetch) b.prefetch(metas);
                        for (int i = 0; i < metas.size(); i++) b.put(metas.get(i), triples.get(i));
                        b.commit();
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    note(String.format(
                            Locale.ROOT,
                            "| %s | %s | %.2f | %,.0f |",
                            what,
                            prefetch ? "one prefetch per 500 records" : "one query per put",
                            s,
                            metas.size() / s));
                }
            }
        }
    }

    private void lookups(String label, List<String> store, Path tdb2, TestStore remote) throws Exception {
        List<String> iris;
        try (GraphStore g = remote != null ? GraphStore.connect(remote.storeUrl()) : GraphStore.open(tdb2);
                Stream<String> ids = g.recordIds("bench")) {
            iris = ids.map(id -> "bench/" + id).toList();
        }
        int port = CliProcess.freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--base", BASE));
        args.addAll(store);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://localhost:" + port + "/";
        try (CliProcess serve = CliProcess.start(
                tmp.resolve("serve-" + port + ".log"), List.of("-Xmx512m"), args.toArray(String[]::new))) {
            if (CliProcess.awaitHealth(http, base, 90) == null) throw new IllegalStateException(serve.log());
            Random random = new Random(42);
            long warmUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < warmUntil) get(http, base + iris.get(random.nextInt(iris.size())));
            int count = 500;
            double[] ms = new double[count];
            int errors = 0;
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                int status = get(http, base + iris.get(random.nextInt(iris.size())));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (status != 200) errors++;
            }
            Arrays.sort(ms);
            note(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.2f | %d |",
                    label,
                    count,
                    ms[count / 2],
                    ms[(int) (count * 0.95)],
                    ms[(int) (count * 0.99)],
                    errors));
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static int get(HttpClient http, String url) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/turtle")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** n records: the sample records repeated with unique control numbers. */
    private List<MarcRecord> seeds(int n) throws Exception {
        List<MarcRecord> seeds = new ArrayList<>();
        for (String f : List.of("bnu-chinese-sru.xml", "loc-cjk-880.xml", "bu-bibs.mrc")) {
            try (RecordSource src =
                    FileRecordReader.open(Path.of("..", "samples", f), "seed", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    try {
                        MarcRecord m = MarcDecoder.decode(src.next());
                        Iso2709Writer.write(m);
                        seeds.add(m);
                    } catch (Exception e) {
                        // not a usable seed
                    }
                }
            }
        }
        List<MarcRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Iso2709Writer.withControlNumber(seeds.get(i % seeds.size()), "r" + i));
        return out;
    }

    private Path input(int n) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (MarcRecord m : seeds(n)) bytes.write(Iso2709Writer.write(m));
        return Files.write(tmp.resolve("input-" + n + ".mrc"), bytes.toByteArray());
    }

    private static void check(CliRun r) {
        if (r.code() > 1) throw new IllegalStateException(r.err());
    }

    private void note(String line) {
        report.append(line).append('\n');
    }
}
