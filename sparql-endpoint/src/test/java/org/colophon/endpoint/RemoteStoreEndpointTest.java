package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;

/** What is particular to serving a remote store: long queries, and a store that has gone away. */
class RemoteStoreEndpointTest {

    @Test
    void aQueryLongerThanAnyUrlIsForwardedWhole() throws Exception {
        try (TestServer t = new TestServer(TestStore.Kind.REMOTE, EndpointConfig.defaults())) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < 3_000; i++) {
                values.append(" <")
                        .append(TestServer.BASE)
                        .append("none/")
                        .append(i)
                        .append("#Work>");
            }
            values.append(" <").append(t.recordIris.get(0)).append("#Work>");
            String q = "SELECT ?w WHERE { VALUES ?w {" + values + " } ?w a ?type }";
            HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.url("/sparql")))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(q))
                    .build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(t.recordIris.get(0) + "#Work"), r.body());
        }
    }

    @Test
    void aStoreThatHasGoneAwayIsReportedNotHidden() throws Exception {
        try (TestServer t = new TestServer(TestStore.Kind.REMOTE, EndpointConfig.defaults())) {
            assertEquals(200, t.get("/health", null).statusCode());
            t.fixture.fuseki().close();
            HttpResponse<String> health = t.get("/health", null);
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("unavailable"), health.body());
            assertEquals(
                    502,
                    t.query("ASK { ?s ?p ?o }", "application/sparql-results+json")
                            .statusCode());
            assertEquals(
                    502,
                    t.get("/data?graph=" + t.recordIris.get(0), "text/turtle").statusCode());
        }
    }
}
