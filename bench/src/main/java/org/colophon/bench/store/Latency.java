package org.colophon.bench.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential requests of one kind against the running endpoint, after a warm-up: latency percentiles. Run as its own
 * process ({@link #main}) by the store benchmark, so the client's JVM is fresh and not the benchmark's, whose heap
 * holds what two loads left behind.
 */
public final class Latency {
    /** The figures for one kind of request. */
    public record Figures(String kind, int requests, int errors, double p50, double p95, double p99, double meanBytes) {
        public String line() {
            return String.format(
                    "%-38s %4d req  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %,9.0f bytes  %d errors",
                    kind, requests, p50, p95, p99, meanBytes, errors);
        }
    }

    private final HttpClient client = client();
    private final String root;

    /** @param root the server's URL, {@code http://localhost:PORT/} */
    Latency(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /**
     * Arguments: ROOT_URL REQUESTS_FILE WARM_UP_SECONDS REQUESTS. Measures each kind of request in the file, in the
     * order kinds first appear, and prints one line per kind: {@code FIGURES kind<TAB>requests<TAB>errors<TAB>p50
     * <TAB>p95<TAB>p99<TAB>meanBytes}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Latency ROOT_URL REQUESTS_FILE WARM_UP_SECONDS REQUESTS");
            System.exit(2);
        }
        Map<String, List<QueryMix.Request>> byKind = new LinkedHashMap<>();
        for (QueryMix.Request r : QueryMix.read(Path.of(args[1]))) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        Latency latency = new Latency(args[0]);
        Duration warmUp = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        int n = Integer.parseInt(args[3]);
        for (var e : byKind.entrySet()) {
            Figures f = latency.measure(e.getKey(), e.getValue(), warmUp, n);
            System.out.println(String.join(
                    "\t",
                    "FIGURES " + f.kind(),
                    Integer.toString(f.requests()),
                    Integer.toString(f.errors()),
                    Double.toString(f.p50()),
                    Double.toString(f.p95()),
                    Double.toString(f.p99()),
                    Double.toString(f.meanBytes())));
            System.out.flush();
        }
        System.exit(0);
    }

    /** Runs {@link #main} in a fresh JVM and reads its figures back. */
    public static List<Figures> measureFromAnotherProcess(
            String root, Path requests, double warmUpSeconds, int n, Path out)
            throws IOException, InterruptedException {
        String text = LoadRun.child(
                Latency.class,
                List.of(root, requests.toString(), Double.toString(warmUpSeconds), Integer.toString(n)),
                out,
                3600);
        List<Figures> figures = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("FIGURES ")) continue;
            String[] f = line.substring("FIGURES ".length()).split("\t");
            figures.add(new Figures(
                    f[0],
                    Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    Double.parseDouble(f[6])));
        }
        if (figures.isEmpty()) throw new IOException("the latency client printed no figures: " + text.strip());
        return figures;
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpRequest request(String root, QueryMix.Request r) {
        return HttpRequest.newBuilder(URI.create(root + r.pathAndQuery()))
                .header("Accept", r.accept())
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    /** Timed requests of one kind stop after this long, once at least {@link #MIN_TIMED} were timed. */
    static final Duration TIMED_BUDGET = Duration.ofMinutes(2);

    static final int MIN_TIMED = 20;

    /**
     * Sends the requests in turn, untimed, for {@code warmUp} (at least one), then up to {@code n} timed: a slow kind
     * (a count over a million records takes seconds) stops after {@link #TIMED_BUDGET} once {@link #MIN_TIMED} were
     * timed, and its figures say how many there were.
     */
    Figures measure(String kind, List<QueryMix.Request> requests, Duration warmUp, int n)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + warmUp.toNanos();
        int i = 0;
        do send(requests.get(i++ % requests.size()));
        while (System.nanoTime() < until);
        double[] ms = new double[n];
        int errors = 0;
        long bytes = 0;
        int done = 0;
        long budget = System.nanoTime() + TIMED_BUDGET.toNanos();
        while (done < n && (done < MIN_TIMED || System.nanoTime() < budget)) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> res = send(requests.get(done % requests.size()));
            ms[done++] = (System.nanoTime() - t0) / 1e6;
            if (res.statusCode() != 200) errors++;
            bytes += res.body().length;
        }
        double[] timed = Arrays.copyOf(ms, done);
        Arrays.sort(timed);
        return new Figures(
                kind, done, errors, rank(timed, 0.50), rank(timed, 0.95), rank(timed, 0.99), (double) bytes / done);
    }

    private HttpResponse<byte[]> send(QueryMix.Request r) throws IOException, InterruptedException {
        return client.send(request(root, r), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
