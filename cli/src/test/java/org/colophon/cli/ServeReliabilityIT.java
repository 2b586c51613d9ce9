package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's hostile-query set against a real {@code colophon serve} (a JVM of its own, {@code -Xmx384m}, over the
 * sample catalogue: 111 records, 13,535 triples), with {@code /health} asked every 200 ms throughout and required to
 * answer 200 every time; then 200 concurrent clients for 20 s with an ordinary mix (SPARQL, record pages, {@code /search}
 * in JSON and HTML, {@code /suggest}) and 1 % of cartesian ORDER BY queries: no ordinary request may get a 5xx, and a
 * heavy one only a 503 with {@code Retry-After}; every search and suggestion answered under load must be the one the
 * server gave to a single client before it (searches of Han characters met for the first time run throughout, so the
 * analysis's shared transliterators are used by many threads at once). Then SIGTERM: the
 * server must be gone within 10 s and the store must open again. Prints the figures (docs/benchmarks.md keeps them).
 */
class ServeReliabilityIT {
    static final String JSON = "application/sparql-results+json";
    static final String BF = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> ";
    static final String CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i";

    /** The figures of the last run, appended as they come. */
    static final Path REPORT = Path.of("target", "serve-reliability.txt");

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String base;

    record Outcome(String name, int status, double seconds, String retryAfter, String note) {}

    @Test
    void hostileQueriesNeitherSinkTheServerNorStopHealthAndOrdinaryLoadGetsNo5xx() throws Exception {
        Path data = tmp.resolve("data");
        CliRun demo = CliRun.of("demo", "--no-serve", "--data", data.toString());
        assertEquals(0, demo.code(), demo.err());
        int port = CliProcess.freePort();
        base = "http://localhost:" + port + "/";
        Files.deleteIfExists(REPORT);
        Path log = Path.of("target", "serve-reliability-server.log");
        try (CliProcess serve = CliProcess.start(
                log,
                List.of("-Xmx384m"),
                "serve",
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--base",
                "http://localhost:3030/",
                "--query-timeout",
                "10")) {
            HttpResponse<String> up =
                    CliProcess.awaitHealth(http, base, 180); // a shared machine under load starts slowly
            assertTrue(up != null && up.statusCode() == 200, serve.log());

            // --- the hostile set, with /health asked every 200 ms
            HealthPoll health = new HealthPoll();
            Thread poller = new Thread(health, "health-poll");
            poller.start();
            List<Outcome> hostile = new ArrayList<>();
            hostile.add(timed("cartesian ORDER BY", () -> query(CARTESIAN)));
            hostile.add(
                    timed(
                            "cartesian ORDER BY, OFFSET 10^8 (a full sort, spilled)",
                            () -> query(
                                    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i OFFSET 100000000 LIMIT 10")));
            hostile.addAll(eightAtOnce());
            hostile.add(timed(
                    "catastrophic regex",
                    () -> query("SELECT ?s WHERE { ?s ?p ?t FILTER(isLiteral(?t) &&" + " regex(CONCAT(STR(?t), \""
                            + "a".repeat(28) + "!\"), \"(.*a){12}$\")) }")));
            hostile.add(timed(
                    "GROUP_CONCAT of a cartesian product",
                    () -> query("SELECT (GROUP_CONCAT(?t) AS ?all) WHERE { ?a ?b ?t . ?c ?d ?e }")));
            hostile.add(bigBody());
            hostile.add(timed("CONSTRUCT, 200-triple template", this::bigConstruct));
            health.stop();
            poller.join();

            report("hostile query                                        status  seconds  note");
            for (Outcome o : hostile) {
                report(String.format(
                        Locale.ROOT,
                        "%-52s %6d %8.1f  %s%s",
                        o.name(),
                        o.status(),
                        o.seconds(),
                        o.note(),
                        o.retryAfter() == null ? "" : " (Retry-After " + o.retryAfter() + ")"));
            }
            report(String.format(
                    Locale.ROOT,
                    "/health during the hostile set: %d asked, %d not 200, slowest %.2f s",
                    health.asked.get(),
                    health.failed.get(),
                    health.slowestNanos.get() / 1e9));
            report("server heap after: " + heap());
            assertEquals(0, health.failed.get(), "/health must answer 200 throughout: " + health.failures);
            assertTrue(health.asked.get() > 50, "health was asked " + health.asked.get() + " times");
            for (Outcome o : hostile) {
                assertTrue(o.status() == 200 || o.status() == 413 || o.status() == 503, o.toString());
                // the timeout (10 s), a wait for a turn (10 s), the deadline's grace and one spill at most
                assertTrue(o.seconds() < 40, o.toString());
                if (o.status() == 503)
                    assertTrue(o.retryAfter() != null || o.note().contains("timed out"), o.toString());
            }

            // --- 200 clients, 20 s, an ordinary mix with 1 % cartesian ORDER BY
            load(200, Duration.ofSeconds(20));
            report("server heap after the load: " + heap());
            assertEquals(200, get("health", null).statusCode());

            // --- SIGTERM: gone within 10 s, store closed, and it opens again
            long stop = System.nanoTime();
            serve.process().destroy();
            assertTrue(serve.process().waitFor(10, TimeUnit.SECONDS), "serve did not stop within 10 s of SIGTERM");
            report(String.format(Locale.ROOT, "SIGTERM to exit: %.1f s", (System.nanoTime() - stop) / 1e9));
            assertTrue(serve.log().contains("stopped; store closed"), serve.log());
        }
        CliRun stats = CliRun.of("stats", "--data", data.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("111"), stats.out());
    }

    private List<Outcome> eightAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                String name = "cartesian ORDER BY, 8 at once (#" + i + ")";
                running.add(pool.submit(() -> timed(name, () -> query(CARTESIAN))));
            }
            List<Outcome> done = new ArrayList<>();
            for (Future<Outcome> f : running) done.add(f.get(120, TimeUnit.SECONDS));
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private Outcome timed(String name, Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = call.send();
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = r.body() == null ? "" : r.body();
        String note = r.statusCode() == 200
                ? body.length() / 1024 + " KB"
                        + r.headers()
                                .firstValue("Colophon-Triple-Limit")
                                .map(l -> ", triple limit " + l)
                                .orElse("")
                : body.lines().findFirst().orElse("").strip();
        if (note.length() > 90) note = note.substring(0, 90) + "…";
        return new Outcome(
                name,
                r.statusCode(),
                seconds,
                r.headers().firstValue("Retry-After").orElse(null),
                note);
    }

    HttpResponse<String> query(String q) throws IOException, InterruptedException {
        return get("sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), JSON);
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * 100 MB of query, announced by its length and sent as fast as the server takes it, over a plain socket (the JDK's
     * client gives up, or waits for ever with {@code Expect: 100-continue}, when the server answers before the body is
     * through). Returns the status line's code and, as the body, that line.
     */
    private Outcome bigBody() throws Exception {
        long size = 100L << 20;
        long start = System.nanoTime();
        try (java.net.Socket socket =
                new java.net.Socket("localhost", URI.create(base).getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: " + size + "\r\n\r\nSELECT * WHERE { ?s ?p ?o } #")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[64 << 10];
                java.util.Arrays.fill(chunk, (byte) 'x');
                try {
                    for (long sent = 0; sent < size; sent += chunk.length) out.write(chunk);
                } catch (IOException e) {
                    // the server answered and closed the connection: what it should do
                }
            });
            sender.setDaemon(true);
            sender.start();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            double seconds = (System.nanoTime() - start) / 1e9;
            int code = status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
            Outcome o = new Outcome("100 MB query body", code, seconds, null, status == null ? "no answer" : status);
            report("  " + o);
            return o;
        }
    }

    /** CONSTRUCT with a 200-triple template over every triple. */
    private HttpResponse<String> bigConstruct() throws IOException, InterruptedException {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < 200; i++) template.append("?s <urn:x:p").append(i).append("> ?o . ");
        String q = "CONSTRUCT { " + template + "} WHERE { ?s ?p ?o }";
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "sparql"))
                        .timeout(Duration.ofSeconds(90))
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "application/n-triples")
                        .POST(HttpRequest.BodyPublishers.ofString(q))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server's heap from /metrics. */
    private String heap() throws IOException, InterruptedException {
        String metrics = get("metrics", null).body();
        return String.format(
                Locale.ROOT,
                "used %d MB, old generation after the last collection %d MB, max %d MB",
                gauge(metrics, "colophon_jvm_heap_used_bytes") >> 20,
                gauge(metrics, "colophon_jvm_old_gen_after_gc_bytes") >> 20,
                gauge(metrics, "colophon_jvm_heap_max_bytes") >> 20);
    }

    private static long gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\d+)").matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Asks /health every 200 ms until stopped; counts answers that are not 200 within 5 s. */
    final class HealthPoll implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong asked = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong slowestNanos = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void run() {
            HttpClient own =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> r = own.send(
                            HttpRequest.newBuilder(URI.create(base + "health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        failed.incrementAndGet();
                        failures.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    failures.add(e.toString());
                }
                asked.incrementAndGet();
                slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running.set(false);
        }
    }

    /**
     * One request of the mix: its name, whether it is heavy, and how to send it; {@code HAN} in the path stands for two
     * Han characters drawn at random for each request.
     */
    record Kind(String name, boolean heavy, String path, String accept) {
        static final String HAN = "{han}";

        String path(ThreadLocalRandom rnd) {
            if (!path.contains(HAN)) return path;
            StringBuilder han = new StringBuilder();
            while (han.length() < 2) {
                int cp = 0x4E00 + rnd.nextInt(0x9FA5 - 0x4E00);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han.appendCodePoint(cp);
            }
            return path.replace(HAN, URLEncoder.encode(han.toString(), StandardCharsets.UTF_8));
        }

        /** A search or suggestion whose answer is the same every time (a JSON body to compare). */
        boolean fixedJson() {
            return !heavy
                    && !path.contains(HAN)
                    && (path.startsWith("search") || path.startsWith("suggest"))
                    && accept.equals("application/json");
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<Kind> mix() {
        String title = BF + "SELECT ?i ?t WHERE { ?i a bf:Instance ; bf:title/bf:mainTitle ?t } LIMIT 20";
        String isbn = BF + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?i WHERE {"
                + " ?i bf:identifiedBy ?id . ?id a bf:Isbn ; rdf:value ?v } LIMIT 10";
        String record = "SELECT ?p ?o WHERE { GRAPH <http://localhost:3030/loc/5287459> {"
                + " <http://localhost:3030/loc/5287459#Instance> ?p ?o } }";
        String ask = BF + "ASK { ?w a bf:Work }";
        return List.of(
                new Kind("titles", false, "sparql?query=" + URLEncoder.encode(title, StandardCharsets.UTF_8), JSON),
                new Kind("identifiers", false, "sparql?query=" + URLEncoder.encode(isbn, StandardCharsets.UTF_8), JSON),
                new Kind(
                        "one record's instance",
                        false,
                        "sparql?query=" + URLEncoder.encode(record, StandardCharsets.UTF_8),
                        JSON),
                new Kind("ask", false, "sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), JSON),
                new Kind("record page (Turtle)", false, "loc/5287459", "text/turtle"),
                new Kind("record page (HTML)", false, "bnu/9911676899703961", "text/html"),
                new Kind("search, one word", false, "search?q=history", "application/json"),
                new Kind("search, traditional", false, "search?q=" + q("歷史"), "application/json"),
                new Kind("search, pinyin", false, "search?q=" + q("lu xun"), "application/json"),
                new Kind("search, faceted", false, "search?filter=" + q("language:Chinese"), "application/json"),
                new Kind(
                        "search, filter and sort",
                        false,
                        "search?q=" + q("中国") + "&filter=" + q("type:Text") + "&sort=date",
                        "application/json"),
                new Kind("search, new Han characters", false, "search?q=" + Kind.HAN, "application/json"),
                new Kind("search page (HTML)", false, "search?q=" + q("中國"), "text/html"),
                new Kind("suggest, pinyin", false, "suggest?q=zhong", "application/json"),
                new Kind("suggest, traditional", false, "suggest?q=" + q("中國"), "application/json"),
                new Kind("suggest, new Han characters", false, "suggest?q=" + Kind.HAN, "application/json"));
    }

    private void load(int clients, Duration length) throws Exception {
        List<Kind> mix = mix();
        // what one client gets from the searches and suggestions, to compare every answer under load with
        java.util.Map<String, String> single = new java.util.HashMap<>();
        for (Kind k : mix) {
            if (!k.fixedJson()) continue;
            HttpResponse<String> r = get(k.path(), k.accept());
            assertEquals(200, r.statusCode(), k + ": " + r.body());
            single.put(k.path(), r.body());
        }
        assertTrue(
                single.values().stream().anyMatch(b -> b.startsWith("{\"total\"") && !b.startsWith("{\"total\":0")),
                "the searches find something in the sample catalogue: " + single);
        ConcurrentLinkedQueue<String> differing = new ConcurrentLinkedQueue<>();
        java.util.Map<String, ConcurrentLinkedQueue<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
        Kind heavy = new Kind(
                "cartesian ORDER BY",
                true,
                "sparql?query=" + URLEncoder.encode(CARTESIAN, StandardCharsets.UTF_8),
                JSON);
        ConcurrentLinkedQueue<long[]> ordinary = new ConcurrentLinkedQueue<>(); // {status, nanos}
        ConcurrentLinkedQueue<String> heavyOutcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8))
                .build();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        ThreadLocalRandom rnd = ThreadLocalRandom.current();
                        Kind k = rnd.nextInt(100) == 0 ? heavy : mix.get(rnd.nextInt(mix.size()));
                        long s = System.nanoTime();
                        String path = k.path(rnd);
                        try {
                            HttpResponse<String> r = client.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .header("Accept", k.accept())
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (k.heavy()) {
                                heavyOutcomes.add(r.statusCode()
                                        + (r.headers().firstValue("Retry-After").isPresent() ? " Retry-After" : "")
                                        + " " + r.body().lines().findFirst().orElse(""));
                            } else {
                                long took = System.nanoTime() - s;
                                ordinary.add(new long[] {r.statusCode(), took});
                                byKind.computeIfAbsent(k.name(), n -> new ConcurrentLinkedQueue<>())
                                        .add(took);
                                if (r.statusCode() >= 500)
                                    errors.add(k.name() + ": " + r.statusCode() + " " + r.body());
                                else if (k.fixedJson() && !r.body().equals(single.get(path)))
                                    differing.add(k.name() + ": " + r.body());
                            }
                        } catch (Exception e) {
                            if (!k.heavy()) errors.add(k.name() + ": " + e);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        assertTrue(done.await(length.toSeconds() + 120, TimeUnit.SECONDS), "clients did not finish");
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] nanos = ordinary.stream().mapToLong(o -> o[1]).sorted().toArray();
        long ok = ordinary.stream().filter(o -> o[0] == 200).count();
        long fivexx = ordinary.stream().filter(o -> o[0] >= 500).count();
        report(String.format(
                Locale.ROOT,
                "load: %d clients, %.1f s: %d ordinary requests (%.0f/s), %d of them 200, %d 5xx, %d failed;"
                        + " p50 %.3f s, p99 %.3f s, max %.3f s",
                clients,
                seconds,
                nanos.length,
                nanos.length / seconds,
                ok,
                fivexx,
                errors.size(),
                pct(nanos, 0.50),
                pct(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e9));
        java.util.Map<String, Long> heavyByStatus = new java.util.TreeMap<>();
        for (String h : heavyOutcomes) heavyByStatus.merge(h.length() > 60 ? h.substring(0, 60) : h, 1L, Long::sum);
        report("load: heavy (cartesian ORDER BY) requests: " + heavyByStatus);
        for (Kind k : mix) {
            long[] ns = byKind.getOrDefault(k.name(), new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            report(String.format(
                    Locale.ROOT,
                    "load: %-28s %5d requests, p50 %.3f s, p99 %.3f s",
                    k.name(),
                    ns.length,
                    pct(ns, 0.50),
                    pct(ns, 0.99)));
        }
        assertTrue(
                differing.isEmpty(),
                differing.size() + " searches or suggestions answered otherwise under load than to one client: "
                        + differing.stream().limit(3).toList());
        assertTrue(
                errors.isEmpty(),
                "ordinary requests failed: " + errors.stream().limit(5).toList());
        assertEquals(nanos.length, ok, "every ordinary request answered 200");
        for (String h : heavyOutcomes) assertTrue(h.startsWith("503") || h.startsWith("200"), h);
    }

    /** Prints a line of figures and keeps it in target/serve-reliability.txt. */
    static void report(String line) {
        System.out.println(line);
        try {
            Files.writeString(
                    REPORT, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e9;
    }
}
