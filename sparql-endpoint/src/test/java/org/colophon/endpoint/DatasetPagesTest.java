package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.colophon.graph.StoreStats;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The pages about the dataset: /void, /health, /metrics, /, and a read-only endpoint refusing writes. */
@ParameterizedClass
@EnumSource(TestStore.Kind.class)
class DatasetPagesTest {

    @Parameter
    TestStore.Kind kind;

    static final String VOID = "http://rdfs.org/ns/void#";
    static TestServer t;

    @BeforeParameterizedClassInvocation
    static void start(TestStore.Kind kind) throws Exception {
        t = new TestServer(kind, EndpointConfig.defaults());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (t != null) {
            t.close();
        }
    }

    @Test
    void voidCountsTriplesRecordsAndOneSubsetPerLibrary() throws Exception {
        HttpResponse<String> r = t.get("/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        StoreStats stats = t.store.stats();
        Resource ds = m.createResource(TestServer.BASE + "void#dataset");
        assertEquals(
                stats.triples(),
                ds.getProperty(m.createProperty(VOID, "triples")).getLong());
        assertEquals(
                stats.records(),
                ds.getProperty(m.createProperty(VOID, "documents")).getLong());
        assertTrue(ds.getProperty(m.createProperty(VOID, "entities")).getLong() >= 2 * stats.records());
        assertEquals(
                3,
                m.listObjectsOfProperty(ds, m.createProperty(VOID, "subset"))
                        .toList()
                        .size());
        assertTrue(
                ds.hasProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(TestServer.BASE + "sparql")));
        Resource example = ds.getPropertyResourceValue(m.createProperty(VOID, "exampleResource"));
        assertEquals(
                200, t.get(TestServer.path(example.getURI()), "text/turtle").statusCode());
    }

    @Test
    void healthReportsTheStoreCounts() throws Exception {
        HttpResponse<String> r = t.get("/health", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"status\" : \"ok\"") || r.body().contains("\"status\":\"ok\""), r.body());
        assertTrue(r.body().contains(String.valueOf(t.store.stats().records())));
    }

    @Test
    void metricsCountRequestsErrorsAndQueryLatency() throws Exception {
        t.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        t.get("/traject/no-such-record", null);
        HttpResponse<String> r = t.get("/metrics", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String body = r.body();
        assertTrue(body.contains("colophon_http_requests_total{endpoint=\"sparql\",status=\"200\"} 1"), body);
        assertTrue(body.contains("colophon_http_errors_total{endpoint=\"resource\"} 1"), body);
        assertTrue(body.contains("colophon_sparql_query_duration_seconds_count 1"), body);
        assertTrue(body.contains("colophon_store_records{source=\"dp2\"}"), body);
    }

    @Test
    void homePageListsTheLibrariesAndOffersExampleQueries() throws Exception {
        HttpResponse<String> r = t.get("/", "text/html");
        assertEquals(200, r.statusCode());
        for (String s : new String[] {"traject", "dp2", "loc", "Records per library", "id=\"q\""}) {
            assertTrue(r.body().contains(s), s);
        }
    }

    @Test
    void aReadOnlyEndpointForbidsWrites() throws Exception {
        HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.url("/update")))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer anything")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                .build());
        assertEquals(403, r.statusCode());
        assertTrue(t.store.stats().records() > 0);
    }
}
