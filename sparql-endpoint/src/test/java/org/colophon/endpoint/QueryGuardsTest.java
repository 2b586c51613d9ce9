package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;

/**
 * The memory and time guards of /sparql against a real server over real records: a catastrophic regular expression
 * stops at the timeout, CONSTRUCT and DESCRIBE stop at the triple limit, heavy queries take turns and the rest is
 * refused with 503 and Retry-After, and heavy queries are refused while the heap is above the threshold.
 */
class QueryGuardsTest {
    static final String JSON = "application/sparql-results+json";

    /**
     * Backtracking without end on every literal: {@code (.*a){12}$} against the literal and 28 a's and a '!' (java.util.regex
     * takes seconds per literal; 30 s for 14 groups).
     */
    static final String CATASTROPHIC = "SELECT ?s WHERE { ?s ?p ?t FILTER(isLiteral(?t) && regex(CONCAT(STR(?t), \""
            + "a".repeat(28) + "!\"), \"(.*a){12}$\")) }";

    @Test
    void aCatastrophicRegexStopsAtTheTimeout() throws Exception {
        try (TestServer t = new TestServer(
                TestStore.Kind.EMBEDDED, EndpointConfig.defaults().withQueryTimeout(Duration.ofSeconds(2)))) {
            long start = System.nanoTime();
            HttpResponse<String> r = t.query(CATASTROPHIC, JSON);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 6, "stopped after " + seconds + " s");
            // REGEX and REPLACE still mean what they mean
            HttpResponse<String> ok = t.query(
                    "SELECT ?x WHERE { BIND(REPLACE(\"Liu Hui ping zhuan\"@zh-Latn-pinyin, \"(\\\\w+) (\\\\w+)\", \"$2 $1\")"
                            + " AS ?x) FILTER(regex(?x, \"^hui liu\", \"i\")) }",
                    JSON);
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("\"Hui Liu zhuan ping\""), ok.body());
            assertTrue(ok.body().contains("zh-Latn-pinyin"), ok.body());
        }
    }

    /** The same regex inside {@code FILTER EXISTS} and inside a sub-query is rewritten and stopped too. */
    @Test
    void aCatastrophicRegexInsideExistsOrASubQueryStopsAtTheTimeout() throws Exception {
        String filter = "FILTER(isLiteral(?t) && regex(CONCAT(STR(?t), \"" + "a".repeat(28) + "!\"), \"(.*a){12}$\"))";
        try (TestServer t = new TestServer(
                TestStore.Kind.EMBEDDED, EndpointConfig.defaults().withQueryTimeout(Duration.ofSeconds(2)))) {
            for (String q : new String[] {
                "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?t " + filter + " } }",
                "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?t " + filter + " } } }"
            }) {
                long start = System.nanoTime();
                HttpResponse<String> r = t.query(q, JSON);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(503, r.statusCode(), q + " → " + r.body());
                assertTrue(seconds < 6, q + ": stopped after " + seconds + " s");
            }
        }
    }

    @Test
    void aQueryThatWorksWhileItsPlanIsBuiltStopsAtTheDeadline() throws Exception {
        // Jena skips an OFFSET while building the plan, holding the lock its own timeout needs: without the deadline
        // watchdog this runs until the cartesian product is skipped through
        try (TestServer t = new TestServer(
                TestStore.Kind.EMBEDDED, EndpointConfig.defaults().withQueryTimeout(Duration.ofSeconds(2)))) {
            for (String q : new String[] {
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 100000000000 LIMIT 1",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i OFFSET 100000000000 LIMIT 1"
            }) {
                long start = System.nanoTime();
                HttpResponse<String> r = t.query(q, JSON);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(503, r.statusCode(), r.body());
                // without the watchdog it runs for hours; the margin over the 2 s deadline is for a loaded machine
                // (14.6 s seen with 8 builds on 2 cores)
                assertTrue(seconds < 60, q + ": stopped after " + seconds + " s");
            }
        }
    }

    @Test
    void constructAndDescribeStopAtTheTripleLimit() throws Exception {
        EndpointConfig config =
                EndpointConfig.defaults().withGuards(EndpointConfig.Guards.DEFAULTS.withTripleLimit(100));
        try (TestServer t = new TestServer(TestStore.Kind.EMBEDDED, config)) {
            StringBuilder template = new StringBuilder();
            for (int i = 0; i < 10; i++) template.append("?s <urn:p").append(i).append("> ?o . ");
            HttpResponse<String> c =
                    t.query("CONSTRUCT { " + template + "} WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, c.statusCode(), c.body());
            assertEquals(
                    "100",
                    c.headers().firstValue(EndpointConfig.TRIPLE_LIMIT_HEADER).orElse(""));
            Model constructed = read(c.body());
            assertTrue(constructed.size() > 0 && constructed.size() <= 100, "triples: " + constructed.size());

            HttpResponse<String> d = t.query("DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, d.statusCode(), d.body());
            assertEquals(
                    "100",
                    d.headers().firstValue(EndpointConfig.TRIPLE_LIMIT_HEADER).orElse(""));
            Model described = read(d.body());
            // one resource's description may pass the limit by its own size, not more
            assertTrue(described.size() >= 100 && described.size() < 400, "triples: " + described.size());

            // a small CONSTRUCT is untouched and says nothing
            HttpResponse<String> small =
                    t.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", "application/n-triples");
            assertEquals(5, read(small.body()).size());
            assertFalse(small.headers()
                    .firstValue(EndpointConfig.TRIPLE_LIMIT_HEADER)
                    .isPresent());
        }
    }

    @Test
    void heavyQueriesTakeTurnsAndTheRestAreToldToComeBack() throws Exception {
        EndpointConfig config = EndpointConfig.defaults()
                .withQueryTimeout(Duration.ofSeconds(6))
                .withGuards(
                        EndpointConfig.Guards.DEFAULTS.withHeavyQueries(1, 1).withQueueWait(Duration.ofMillis(500)));
        try (TestServer t = new TestServer(TestStore.Kind.EMBEDDED, config)) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> query(t, CATASTROPHIC));
            Thread.sleep(2000); // the first has its turn by now
            long start = System.nanoTime();
            HttpResponse<String> queued = query(t, CATASTROPHIC.replace("?s WHERE", "DISTINCT ?s WHERE"));
            assertEquals(503, queued.statusCode(), queued.body());
            assertTrue(queued.body().startsWith("Too many heavy queries"), queued.body());
            assertTrue(queued.headers().firstValue("Retry-After").isPresent());
            assertTrue((System.nanoTime() - start) / 1e6 >= 400, "it waited its turn in the queue first");
            // ordinary queries are not held up
            HttpResponse<String> light = t.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", JSON);
            assertEquals(200, light.statusCode(), light.body());
            assertEquals(503, first.get(20, TimeUnit.SECONDS).statusCode());
            // with the turn free again, a heavy query runs
            HttpResponse<String> after = t.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p", JSON);
            assertEquals(200, after.statusCode(), after.body());
        }
    }

    @Test
    void heavyQueriesAreRefusedWhileTheHeapIsAboveTheThreshold() throws Exception {
        EndpointConfig config =
                EndpointConfig.defaults().withGuards(EndpointConfig.Guards.DEFAULTS.withHeapThreshold(0.0001));
        try (TestServer t = new TestServer(TestStore.Kind.EMBEDDED, config)) {
            System.gc(); // so that the old generation has a figure "after the last collection"
            HttpResponse<String> heavy = t.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }", JSON);
            assertEquals(503, heavy.statusCode(), heavy.body());
            assertTrue(heavy.body().startsWith("The server is short of memory"), heavy.body());
            assertTrue(heavy.headers().firstValue("Retry-After").isPresent());
            HttpResponse<String> light = t.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", JSON);
            assertEquals(200, light.statusCode(), light.body());
            assertEquals(200, t.get("/health", null).statusCode());
        }
    }

    private static HttpResponse<String> query(TestServer t, String q) {
        try {
            return t.query(q, JSON);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Model read(String ntriples) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ntriples), null, "N-TRIPLES");
        return m;
    }
}
