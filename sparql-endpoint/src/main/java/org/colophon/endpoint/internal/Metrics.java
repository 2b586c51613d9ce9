package org.colophon.endpoint.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counters and the SPARQL query latency histogram, written in the Prometheus text format. */
public final class Metrics {

    /** Upper bounds of the latency buckets, in seconds. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder queryCount = new LongAdder();
    private final LongAdder queryNanos = new LongAdder();
    private final Map<String, LongAdder> shed = new ConcurrentHashMap<>();

    public Metrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    /** Counts one finished request to an endpoint ({@code sparql}, {@code data}, {@code page}, …). */
    public void request(String endpoint, int status, long nanos) {
        requests.computeIfAbsent(endpoint + "\u0000" + status, k -> new LongAdder())
                .increment();
        if (status >= 400) {
            errors.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
        }
        if (endpoint.equals("sparql")) {
            queryCount.increment();
            queryNanos.add(nanos);
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    bucketCounts[i].increment();
                }
            }
        }
    }

    /**
     * Counts a query turned away or stopped to protect the server: {@code busy} (no turn for a heavy query),
     * {@code memory} (heap above the threshold), {@code heap} (the query exhausted the heap).
     */
    public void shed(String reason) {
        shed.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    /** The counters in Prometheus text exposition format 0.0.4. */
    public void write(StringBuilder out) {
        out.append("# HELP colophon_http_requests_total HTTP requests by endpoint and status code.\n");
        out.append("# TYPE colophon_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((key, n) -> {
            String[] parts = key.split("\u0000");
            out.append("colophon_http_requests_total{endpoint=\"")
                    .append(parts[0])
                    .append("\",status=\"")
                    .append(parts[1])
                    .append("\"} ")
                    .append(n.sum())
                    .append('\n');
        });
        out.append("# HELP colophon_http_errors_total HTTP responses with status 400 or above, by endpoint.\n");
        out.append("# TYPE colophon_http_errors_total counter\n");
        new TreeMap<>(errors).forEach((endpoint, n) -> out.append("colophon_http_errors_total{endpoint=\"")
                .append(endpoint)
                .append("\"} ")
                .append(n.sum())
                .append('\n'));
        out.append("# HELP colophon_sparql_query_duration_seconds Time to answer a /sparql request.\n");
        out.append("# TYPE colophon_sparql_query_duration_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("colophon_sparql_query_duration_seconds_bucket{le=\"")
                    .append(number(BUCKETS[i]))
                    .append("\"} ")
                    .append(bucketCounts[i].sum())
                    .append('\n');
        }
        long count = queryCount.sum();
        out.append("colophon_sparql_query_duration_seconds_bucket{le=\"+Inf\"} ")
                .append(count)
                .append('\n');
        out.append("colophon_sparql_query_duration_seconds_sum ")
                .append(number(queryNanos.sum() / 1e9))
                .append('\n');
        out.append("colophon_sparql_query_duration_seconds_count ")
                .append(count)
                .append('\n');
        out.append("# HELP colophon_sparql_shed_total Queries answered 503 to protect the server, by reason.\n");
        out.append("# TYPE colophon_sparql_shed_total counter\n");
        new TreeMap<>(shed).forEach((reason, n) -> out.append("colophon_sparql_shed_total{reason=\"")
                .append(reason)
                .append("\"} ")
                .append(n.sum())
                .append('\n'));
    }

    /** A Prometheus label value, escaped. */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
