package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a careless data provider or an attacker can send, against a real server over real records: a record whose
 * electronic location is a {@code javascript:} IRI, oversized request bodies, and {@code LOAD} of local files or
 * loopback hosts with the write token.
 */
class HostileInputTest {
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(TestStore.Kind.EMBEDDED, EndpointConfig.defaults().withWriteToken("s3cret"));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private HttpResponse<String> update(String update) throws Exception {
        return t.send(HttpRequest.newBuilder(URI.create(t.url("/update")))
                .header("Authorization", "Bearer s3cret")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build());
    }

    @Test
    void aJavascriptIriInTheDataIsShownAsTextNeverAsALink() throws Exception {
        String record = t.recordIris.get(0);
        HttpResponse<String> w = update("INSERT DATA { GRAPH <" + record + "> { <" + record
                + "#Instance> <http://id.loc.gov/ontologies/bibframe/electronicLocator>"
                + " <javascript:alert(document.domain)> } }");
        assertTrue(w.statusCode() == 200 || w.statusCode() == 204, w.statusCode() + " " + w.body());
        HttpResponse<String> page = t.get(TestServer.path(record), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("javascript:alert(document.domain)"), "the value is shown");
        assertFalse(page.body().contains("href=\"javascript:"), "but never as a link");
        // http(s) IRIs of the same record still are links
        assertTrue(page.body().contains("href=\"http"), page.body());
    }

    @Test
    void everyPageForbidsInlineScriptFramingAndSniffing() throws Exception {
        for (String path : new String[] {"/", TestServer.path(t.recordIris.get(1)), "/void"}) {
            HttpResponse<String> r = t.get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(r.body().contains("<script>"), path + " carries an inline script");
        }
        HttpResponse<String> js = t.get("/assets/home.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("https?:"), "the SPARQL box links only safe schemes");
    }

    @Test
    void anOversizedQueryBodyIsRefusedBeforeItIsRead() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 << 20);
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build());
        assertEquals(413, r.statusCode(), r.body());
        HttpResponse<String> ok = t.send(HttpRequest.newBuilder(URI.create(t.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }"))
                .build());
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void loadIsHeldToTheServiceAllowListAndSaysNothingOfLocalFiles() throws Exception {
        HttpResponse<String> passwd = update("LOAD <file:///etc/passwd>");
        HttpResponse<String> missing = update("LOAD <file:///no/such/file.ttl>");
        HttpResponse<String> loopback = update("LOAD <http://127.0.0.1:9/data.ttl>");
        HttpResponse<String> metadata = update("LOAD <http://169.254.169.254/latest/meta-data/> INTO GRAPH <urn:x>");
        for (HttpResponse<String> r : java.util.List.of(passwd, missing, loopback, metadata)) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("LOAD refused"), r.body());
        }
        assertEquals(passwd.body(), missing.body(), "an existing and a missing file get the same answer");
        assertFalse(passwd.body().contains("root"), passwd.body());
    }

    /**
     * {@code FROM} and {@code FROM NAMED} pick graphs of the store; the server fetches nothing they name, on loopback
     * or on disk, and its answer says nothing of a local file.
     */
    @Test
    void fromAndFromNamedNeverFetch() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer bait =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        bait.createContext("/", ex -> {
            hits.incrementAndGet();
            byte[] body = "<urn:s> <urn:p> \"bait\" .".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        bait.start();
        try {
            String url = "http://127.0.0.1:" + bait.getAddress().getPort() + "/data.ttl";
            for (String q : java.util.List.of(
                    "SELECT ?o FROM <" + url + "> WHERE { ?s ?p ?o }",
                    "SELECT ?o FROM NAMED <" + url + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "SELECT ?o FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")) {
                HttpResponse<String> r = t.get(
                        "/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                        "application/sparql-results+json");
                assertFalse(r.body().contains("bait"), q + " → " + r.body());
                assertFalse(r.body().contains("root:"), q + " → " + r.body());
            }
            assertEquals(0, hits.get(), "the server fetched a FROM / FROM NAMED graph");
        } finally {
            bait.stop(0);
        }
    }
}
