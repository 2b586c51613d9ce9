package org.colophon.bench.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ExitCode;
import org.colophon.bench.ReportFile;
import org.colophon.bench.UserError;
import org.colophon.bench.store.ServeProcess;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench reconcile}: batches of ten reconciliation queries over HTTP against N authorities. */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Import N synthetic personal-name authorities, serve them from a second JVM, and time batches of"
                + " ten /reconcile/agents queries (OpenRefine's default batch) over HTTP from this one.")
public final class ReconcileCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "http://localhost:3030/";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--authorities", description = "Authorities to generate (default: ${DEFAULT-VALUE}).")
    int authorities = 100_000;

    @Option(names = "--batches", description = "Timed batches of ten queries (default: ${DEFAULT-VALUE}).")
    int batches = 200;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "Untimed batches first (default: ${DEFAULT-VALUE}).")
    double warmUp = 10;

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (authorities < 10 || batches < 1 || warmUp < 0) throw new UserError("--authorities ≥ 10, --batches ≥ 1");
        Path dir = files.workDir("colophon-bench-reconcile");
        var log = BenchFiles.log(out);
        try {
            Path xml = dir.resolve("synthetic-authorities.xml");
            List<SyntheticAuthorities.Entry> entries = SyntheticAuthorities.write(xml, authorities);
            log.accept("generated " + authorities + " synthetic authorities");
            Path data = dir.resolve("data");
            // a --work directory that already holds this many imported authorities is served again as it is
            Path done = dir.resolve("imported-" + authorities);
            long t0 = System.nanoTime();
            IngestSummary s = null;
            if (!files.temporary() && Files.exists(done)) {
                log.accept("reusing the store in " + data + " (" + done.getFileName() + ")");
            } else {
                try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2());
                        Ingest ingest = Ingest.builder(DataDir.of(data))
                                .store(store)
                                .base(BASE)
                                .searchIndex(false)
                                .build()) {
                    s = ingest.importFiles(List.of(xml), "syn", null, p -> log.accept("... " + p.line()));
                }
                log.accept(s.line());
                if (!files.temporary()) Files.writeString(done, s.line() + "\n");
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            long s0 = System.nanoTime();
            try (ServeProcess server = ServeProcess.start(data, BASE, "1g", dir.resolve("serve.log"))) {
                double startSeconds = (System.nanoTime() - s0) / 1e9;
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                String url = server.url() + "reconcile/agents";
                // the server serves at once and reads the authorities behind: /reconcile answers 503 until then
                double readySeconds = ready(http, url, s0);
                log.accept(String.format(
                        Locale.ROOT,
                        "serving after %.1f s, /reconcile ready after %.1f s",
                        startSeconds,
                        readySeconds));
                SplittableRandom r = new SplittableRandom(7);
                long until = System.nanoTime() + (long) (warmUp * 1e9);
                while (System.nanoTime() < until) batch(http, url, entries, r, null);
                long[] nanos = new long[batches];
                int[] right = new int[1];
                for (int i = 0; i < batches; i++) {
                    long b0 = System.nanoTime();
                    batch(http, url, entries, r, right);
                    nanos[i] = System.nanoTime() - b0;
                }
                Arrays.sort(nanos);
                String command = "colophon-bench reconcile --authorities " + authorities
                        + (batches != 200 ? " --batches " + batches : "")
                        + (warmUp != 10 ? " --warm-up " + warmUp : "");
                String section = section(
                        command,
                        s,
                        importSeconds,
                        startSeconds,
                        readySeconds,
                        nanos,
                        (double) right[0] / (batches * 10L));
                out.print(section);
                out.flush();
                files.report(out, ReconcileCommand::writeReport, section);
            }
            return ExitCode.OK;
        } finally {
            if (files.temporary()) org.colophon.bench.store.StoreBench.delete(dir);
        }
    }

    /** Sends one batch of ten queries, names as someone might type them; counts right first candidates. */
    private static void batch(
            HttpClient http, String url, List<SyntheticAuthorities.Entry> entries, SplittableRandom r, int[] right)
            throws Exception {
        ObjectNode q = JSON.createObjectNode();
        SyntheticAuthorities.Entry[] asked = new SyntheticAuthorities.Entry[10];
        for (int i = 0; i < 10; i++) {
            asked[i] = entries.get(r.nextInt(entries.size()));
            q.putObject("q" + i)
                    .put("query", asked[i].asTyped())
                    .put("type", "Person")
                    .put("limit", 5);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "queries=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
        if (right == null) return;
        JsonNode body = JSON.readTree(resp.body());
        for (int i = 0; i < 10; i++) {
            String id = body.path("q" + i).path("result").path(0).path("id").asText();
            if (id.endsWith("/syn/" + asked[i].id() + "#Authority")) right[0]++;
        }
    }

    /** Seconds from {@code s0} until the service's manifest answers 200 (polled every 100 ms, up to 10 minutes). */
    private static double ready(HttpClient http, String url, long s0) throws Exception {
        long until = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < until) {
            HttpResponse<String> r =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) return (System.nanoTime() - s0) / 1e9;
            if (r.statusCode() != 503) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            Thread.sleep(100);
        }
        throw new IllegalStateException("/reconcile was not ready within 10 minutes");
    }

    static String section(
            String command,
            IngestSummary s,
            double importSeconds,
            double startSeconds,
            double readySeconds,
            long[] nanos,
            double p1) {
        StringBuilder sb = new StringBuilder(ReportFile.start("reconcile")).append('\n');
        sb.append("## Reconciliation: batches of ten queries over HTTP\n\n");
        sb.append("`")
                .append(command)
                .append("` — SYNTHETIC personal-name authorities (surnames, forenames and dates"
                        + " from small pools, so names collide; two variants each), served by `colophon serve` in a JVM of its"
                        + " own (`-Xmx1g`), queried from the benchmark's JVM on loopback, one batch at a time; each query is a"
                        + " name as typed (forenames first, with dates), `type: Person`, `limit: 5`.\n\n");
        sb.append("| figure | value |\n|---|---|\n");
        if (s != null) {
            sb.append(
                    String.format(Locale.ROOT, "| authorities imported | %,d in %.1f s |%n", s.added(), importSeconds));
        } else sb.append("| authorities imported | (an earlier run's store, reused) |\n");
        sb.append(String.format(Locale.ROOT, "| server start (serving) | %.1f s |%n", startSeconds));
        sb.append(String.format(
                Locale.ROOT, "| /reconcile ready (authorities read in the background) | %.1f s |%n", readySeconds));
        sb.append(String.format(Locale.ROOT, "| batch of 10, p50 | %.1f ms |%n", nanos[nanos.length / 2] / 1e6));
        sb.append(String.format(
                Locale.ROOT,
                "| batch of 10, p95 | %.1f ms |%n",
                nanos[(int) Math.min(nanos.length - 1, Math.round(nanos.length * 0.95))] / 1e6));
        sb.append(String.format(Locale.ROOT, "| batch of 10, max | %.1f ms |%n", nanos[nanos.length - 1] / 1e6));
        sb.append(String.format(Locale.ROOT, "| first candidate is the authority asked for | %.3f |%n", p1));
        sb.append(String.format(
                Locale.ROOT, "| cores | %d |%n", Runtime.getRuntime().availableProcessors()));
        return sb.append('\n').append(ReportFile.end("reconcile")).append('\n').toString();
    }

    public static void writeReport(Path file, String section) throws java.io.IOException {
        ReportFile.writeSection(file, ReportFile.start("reconcile"), ReportFile.end("reconcile"), section);
    }
}
