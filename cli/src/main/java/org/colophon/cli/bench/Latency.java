package org.colophon.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Sequential requests of one kind against the running endpoint, after a warm-up: latency percentiles. */
final class Latency {
    /** The figures for one kind of request. */
    record Figures(String kind, int requests, int errors, double p50, double p95, double p99, double meanBytes) {
        String line() {
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

    /** Sends the requests in turn, untimed, for {@code warmUp} (at least once each), then {@code n} timed. */
    Figures measure(String kind, List<QueryMix.Request> requests, Duration warmUp, int n)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + warmUp.toNanos();
        for (int i = 0; i < requests.size() || System.nanoTime() < until; i++) send(requests.get(i % requests.size()));
        double[] ms = new double[n];
        int errors = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> res = send(requests.get(i % requests.size()));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (res.statusCode() != 200) errors++;
            bytes += res.body().length;
        }
        Arrays.sort(ms);
        return new Figures(kind, n, errors, rank(ms, 0.50), rank(ms, 0.95), rank(ms, 0.99), (double) bytes / n);
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
