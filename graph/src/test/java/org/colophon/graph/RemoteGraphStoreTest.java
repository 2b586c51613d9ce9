package org.colophon.graph;

import static org.colophon.graph.SyntheticBibframe.graphIri;
import static org.colophon.graph.SyntheticBibframe.meta;
import static org.colophon.graph.SyntheticBibframe.triples;
import static org.colophon.graph.SyntheticBibframe.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the remote store has: credentials, endpoints, a store that refuses or is not there, atomic requests. */
class RemoteGraphStoreTest {

    static TestStore fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = TestStore.start(TestStore.Kind.REMOTE);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void clear() throws Exception {
        fixture.clear();
    }

    @Test
    void aBatchTheStoreRefusesFailsNamingTheStoreAndWritesNothing() {
        try (GraphStore anonymous = GraphStore.connect(fixture.fuseki().datasetUrl())) {
            assertEquals(0, anonymous.stats().records(), "reads need no credentials");
            try (GraphStore.Batch batch = anonymous.batch()) {
                batch.put(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
                batch.put(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
                var e = assertThrows(GraphStoreException.class, batch::commit);
                assertTrue(
                        e.getMessage().contains("HTTP 401") && e.getMessage().contains("/colophon/update"),
                        e.getMessage());
            }
            assertEquals(0, anonymous.stats().records());
            assertEquals(1, anonymous.delete("bnu", "none").notFound(), "a batch that changes nothing sends nothing");
        }
    }

    @Test
    void oneRequestIsOneTransactionOnFuseki() throws Exception {
        // What the remote batch rests on: an update request that fails part-way leaves nothing behind.
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> \"c\" } } ;\n"
                + "LOAD <http://127.0.0.1:9/nothing-here> INTO GRAPH <urn:x:h>";
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fixture.fuseki().datasetUrl() + "/update"))
                                .header("Content-Type", "application/sparql-update")
                                .header("Authorization", TestStore.AUTHORIZATION)
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "the LOAD must fail: " + r.statusCode());
        try (var exec = QueryExecHTTP.service(fixture.fuseki().datasetUrl() + "/sparql")
                .query("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }")
                .build()) {
            assertFalse(exec.ask(), "the INSERT before the failed LOAD was kept");
        }
    }

    @Test
    void bearerTokenIsSentWithWrites(@TempDir Path dir) throws Exception {
        try (FusekiProcess guarded = FusekiProcess.start(dir, 5_000, "Bearer t0ken")) {
            try (GraphStore store =
                    GraphStore.remote(guarded.datasetUrl()).bearerToken("t0ken").connect()) {
                assertEquals(new BatchCounts(1, 0, 0, 0, 0), putOne(store, "b1"));
                assertEquals(1, store.stats().records());
            }
            try (GraphStore wrong =
                    GraphStore.remote(guarded.datasetUrl()).bearerToken("other").connect()) {
                assertThrows(GraphStoreException.class, () -> putOne(wrong, "b2"));
                assertTrue(wrong.record("bnu", "b2").isEmpty());
            }
        }
    }

    @Test
    void endpointsCanBeNamedOneByOneAndCredentialsStayOutOfToString() {
        URI ds = fixture.fuseki().datasetUrl();
        try (GraphStore store = GraphStore.remote(fixture.storeUrl())
                .queryEndpoint(URI.create(ds + "/query"))
                .connect()) {
            putOne(store, "b1");
            SparqlAccess.Remote access = (SparqlAccess.Remote) store.access();
            assertEquals(URI.create(ds + "/query"), access.query());
            assertEquals(URI.create(ds + "/update"), access.update());
            assertEquals(URI.create(ds + "/data"), access.data());
            assertEquals(TestStore.AUTHORIZATION, access.authorization(), "user:password@ in the URL is Basic");
            assertFalse(access.toString().contains(TestStore.PASSWORD)
                    || access.toString().contains("Basic"));
            assertTrue(store.record("bnu", "b1").isPresent());
        }
    }

    @Test
    void aStoreThatIsNotThereIsNamed() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/colophon");
        var e = assertThrows(GraphStoreException.class, () -> GraphStore.connect(nowhere));
        assertTrue(
                e.getMessage().contains("cannot reach") && e.getMessage().contains(nowhere.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GraphStore.connect(URI.create("file:///tmp/x")));
    }

    @Test
    void anIriNoSparqlRequestCanCarryIsRefusedNamingTheRecord() {
        try (GraphStore store = fixture.open();
                GraphStore.Batch batch = store.batch()) {
            List<Triple> bad = new ArrayList<>(triples("bnu", "b1", 1));
            bad.add(Triple.create(
                    uri(graphIri("bnu", "b1") + "#Work"),
                    uri("http://example.org/has space"),
                    NodeFactory.createLiteralString("x")));
            var e = assertThrows(IllegalArgumentException.class, () -> batch.put(meta("bnu", "b1", 1, "m1"), bad));
            assertTrue(e.getMessage().contains("bnu:b1") && e.getMessage().contains("has space"), e.getMessage());
            assertEquals(Outcome.ADDED, batch.put(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1)));
            batch.commit();
        }
    }

    @Test
    void aLargeBatchIsOneRequestAndLandsWhole() throws Exception {
        try (GraphStore store = fixture.open()) {
            try (GraphStore.Batch batch = store.batch()) {
                List<RecordMeta> metas = new ArrayList<>();
                for (int i = 0; i < 1_500; i++) {
                    metas.add(meta("bulk", "r" + i, 1, "m1"));
                }
                batch.prefetch(metas);
                for (RecordMeta m : metas) {
                    assertEquals(Outcome.ADDED, batch.put(m, triples("bulk", m.recordId(), 1)));
                }
                batch.commit();
            }
            assertEquals(1_500, store.stats().records());
            assertEquals(1_500L * triples("bulk", "r0", 1).size(), store.stats().triples());
        }
    }

    @Test
    void anEmbeddedStoreServedByFusekiIsTheSameStore(@TempDir Path dir) throws Exception {
        try (GraphStore embedded = GraphStore.open(dir.resolve("tdb2"))) {
            putOne(embedded, "b1");
            putOne(embedded, "b2");
        }
        try (FusekiProcess fuseki = FusekiProcess.start(dir, 5_000, null);
                GraphStore remote = GraphStore.connect(fuseki.datasetUrl())) {
            assertEquals(2, remote.stats().records());
            try (GraphStore.Batch batch = remote.batch()) {
                assertEquals(Outcome.UNCHANGED, batch.put(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1)));
                assertEquals(Outcome.REPLACED, batch.put(meta("bnu", "b2", 2, "m1"), triples("bnu", "b2", 2)));
                batch.commit();
            }
            var titles = (QueryResult.Select) remote.query(
                    "PREFIX bf: <" + SyntheticBibframe.BF + "> SELECT ?t { ?w bf:mainTitle ?t }",
                    java.time.Duration.ofSeconds(10));
            assertTrue(titles.rows().size() >= 2, "the default graph is the union over the embedded store's graphs");
        }
    }

    @Test
    void aQueryTheStoreStopsItselfIsCancelledToo() {
        try (GraphStore store = fixture.open()) {
            for (int i = 0; i < 4; i++) {
                putOne(store, "b" + i);
            }
            long start = System.nanoTime();
            assertThrows(
                    org.apache.jena.query.QueryCancelledException.class,
                    () -> store.query(
                            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                            java.time.Duration.ofSeconds(60)));
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "Fuseki's own 5 s limit, not ours, stopped it");
            // rows already streaming when the store stops: the answer is cut off, and the message says so
            var e = assertThrows(
                    GraphStoreException.class,
                    () -> store.query(
                            "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                            java.time.Duration.ofSeconds(60)));
            assertTrue(e.getMessage().contains("cut off"), e.getMessage());
        }
    }

    private static BatchCounts putOne(GraphStore store, String id) {
        try (GraphStore.Batch batch = store.batch()) {
            batch.put(meta("bnu", id, 1, "m1"), triples("bnu", id, 1));
            return batch.commit();
        }
    }
}
