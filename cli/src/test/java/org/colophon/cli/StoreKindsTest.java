package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * import, stats, delete and serve, the same on both stores: the embedded one in {@code --data}, and a remote one on a
 * second, real Fuseki given by {@code --store} (import, delete, stats) and by {@code store:} in colophon.yaml
 * (serve). Real records from Beijing Normal University.
 */
@ParameterizedClass
@EnumSource(TestStore.Kind.class)
class StoreKindsTest {
    static TestStore fixture;

    @Parameter
    TestStore.Kind kind;

    @TempDir
    Path tmp;

    @BeforeParameterizedClassInvocation
    static void start(TestStore.Kind kind) throws Exception {
        fixture = TestStore.start(kind);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        fixture.close();
    }

    /** {@code --data DIR} and, for the remote store, {@code --store URL}. */
    List<String> storeArgs() {
        List<String> a = new ArrayList<>(List.of("--data", tmp.resolve("data").toString()));
        if (kind == TestStore.Kind.REMOTE)
            a.addAll(List.of("--store", fixture.storeUrl().toString()));
        return a;
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(storeArgs());
        return CliRun.of(all.toArray(String[]::new));
    }

    GraphStore open() {
        return kind == TestStore.Kind.REMOTE
                ? GraphStore.connect(fixture.storeUrl())
                : GraphStore.open(tmp.resolve("data").resolve("tdb2"));
    }

    long instances() {
        try (GraphStore g = open()) {
            var s = (QueryResult.Select) g.query(
                    "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT (COUNT(?i) AS ?n) { ?i a bf:Instance }",
                    Duration.ofSeconds(30));
            return Long.parseLong(s.rows().get(0).get("n").getLiteralLexicalForm());
        }
    }

    @Test
    void importQueryDeleteAndServe() throws Exception {
        fixture.clear();
        Path marc = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        CliRun first = run("import", marc.toString(), "--source", "bnu");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("read 10, added 10, replaced 0, unchanged 0"), first.err());
        CliRun again = run("import", marc.toString(), "--source", "bnu");
        assertTrue(again.err().contains("added 0, replaced 0, unchanged 10"), again.err());
        assertEquals(10, instances());

        CliRun stats = run("stats");
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("bnu\\s+10\\s+[0-9,]+")), stats.out() + stats.err());
        CliRun del = run("delete", "--source", "bnu", "9911676899703961", "no-such-record");
        assertEquals(0, del.code(), del.err());
        assertTrue(del.err().contains("deleted 1, not found 1"), del.err());
        assertEquals(9, instances());

        String kept;
        try (GraphStore g = open();
                Stream<String> ids = g.recordIds("bnu")) {
            kept = ids.findFirst().orElseThrow();
        }
        serve(kept);
    }

    /** colophon serve --config, the store from colophon.yaml: pages, SPARQL and health over it. */
    private void serve(String keptId) throws Exception {
        int port = CliProcess.freePort();
        Path yaml = tmp.resolve("colophon.yaml");
        Files.writeString(
                yaml,
                "base: http://localhost:3030/\ndata: data\n"
                        + (kind == TestStore.Kind.REMOTE ? "store: " + fixture.storeUrl() + "\n" : "")
                        + "server:\n  port: " + port + "\n");
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/";
        try (CliProcess serve =
                CliProcess.start(tmp.resolve("serve.log"), List.of("-Xmx256m"), "serve", "--config", yaml.toString())) {
            HttpResponse<String> health = CliProcess.awaitHealth(http, base, 90);
            assertTrue(health != null && health.statusCode() == 200, serve.log());
            assertTrue(health.body().replace(" ", "").contains("\"records\":9"), health.body());
            assertEquals(200, get(http, base + "bnu/" + keptId, "text/turtle").statusCode());
            assertEquals(
                    404, get(http, base + "bnu/9911676899703961", "text/turtle").statusCode());
            String ask = "ASK { <http://localhost:3030/bnu/" + keptId + "#Instance> ?p ?o }";
            HttpResponse<String> r = get(
                    http,
                    base + "sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("true"), r.body());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
