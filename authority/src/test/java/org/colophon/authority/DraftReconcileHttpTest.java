package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.endpoint.ColophonServer;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reconciliation API 1.0 draft's routes on a real server over real HTTP, every request and response checked
 * against the draft's JSON Schemas (copied into the test resources): the manifest at {@code …/1.0-draft}, batches
 * by {@code POST /reconcile} with a JSON body, suggest with {@code cursor}, extension by {@code POST /extend},
 * property proposals — beside the 0.2 routes, which keep answering as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftReconcileHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMAS = "https://reconciliation-api.github.io/specs/draft/schemas/";
    private static final String SWAGGER = "http://swagger.io/v2/schema.json";

    @TempDir
    static Path tmp;

    GraphStore store;
    ColophonServer server;
    String url;
    final HttpClient http = HttpClient.newHttpClient();
    SchemaRegistry schemas;

    @BeforeAll
    void start() throws Exception {
        DataDir data = DataDir.of(tmp);
        store = GraphStore.open(data.tdb2());
        try (Ingest ingest = Ingest.builder(data).store(store).build()) {
            ingest.importFiles(
                    List.of(
                            ConcertoLinkingTest.resource("concerto/auth_concerto.marcxml"),
                            ConcertoLinkingTest.resource("synthetic/scripts-authorities.xml")),
                    "auth",
                    null,
                    null);
        }
        server = ColophonServer.builder()
                .store(store)
                .port(0)
                .servlet(
                        "/reconcile/*", new ReconcileServlet(AuthorityIndex.load(store), "http://localhost/reconcile/"))
                .build()
                .start();
        url = server.url() + "reconcile/";
        schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7, b -> b.schemas(DraftReconcileHttpTest::schemaText));
    }

    /** The copied draft schemas by their $id, read as draft 7 (the spec's own tests use ajv). */
    static String schemaText(String iri) {
        String name;
        if (iri.startsWith(SCHEMAS)) name = iri.substring(SCHEMAS.length());
        else if (iri.startsWith(SWAGGER)) name = "openapi.json";
        else return null;
        try (InputStream in =
                DraftReconcileHttpTest.class.getResourceAsStream("/reconciliation-api/1.0-draft/schemas/" + name)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"http://json-schema.org/schema#\"", "\"http://json-schema.org/draft-07/schema#\"")
                    .replace(
                            "\"http://json-schema.org/draft-04/schema#\"",
                            "\"http://json-schema.org/draft-07/schema#\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private void valid(String schema, JsonNode body) {
        Schema s = schemas.getSchema(com.networknt.schema.SchemaLocation.of(SCHEMAS + schema));
        List<Error> errors = s.validate(body);
        assertTrue(errors.isEmpty(), schema + ": " + errors + "\n" + body.toPrettyString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> postJson(String path, JsonNode body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDraftManifestIsAtItsOwnRootAndThe02OneStays() throws Exception {
        JsonNode draft = get("agents/1.0-draft");
        valid("manifest.json", draft);
        assertEquals("1.0-draft", draft.get("versions").get(0).asText());
        JsonNode old = get("agents");
        assertTrue(old.get("versions").toString().contains("0.2"), old.toString());
        assertTrue(old.get("suggest").get("entity").isObject(), "0.2 suggest stays an object: " + old);
    }

    @Test
    void aBatchByPostWithAJsonBodyFindsEachAuthority() throws Exception {
        ObjectNode batch = JSON.createObjectNode();
        var queries = batch.putArray("queries");
        queries.addObject()
                .put("type", "Person")
                .put("limit", 3)
                .putArray("conditions")
                .addObject()
                .put("matchType", "name")
                .put("propertyValue", "Wolfgang Amadeus Mozart");
        var lu = queries.addObject().put("limit", 3).putArray("conditions");
        lu.addObject().put("matchType", "name").put("propertyValue", "魯迅");
        lu.addObject()
                .put("matchType", "property")
                .put("propertyId", "dates")
                .put("propertyValue", "1881-1936")
                .put("required", false);
        queries.addObject()
                .putArray("conditions")
                .addObject()
                .put("matchType", "id")
                .put("propertyValue", "n  79129204");
        valid("reconciliation-query-batch.json", batch);
        for (String root : List.of("agents/", "agents/1.0-draft/")) {
            HttpResponse<String> r = postJson(root + "reconcile", batch);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            valid("reconciliation-result-batch.json", body);
            JsonNode results = body.get("results");
            assertEquals(3, results.size());
            JsonNode mozart = results.get(0).get("candidates").get(0);
            assertTrue(mozart.get("name").asText().startsWith("Mozart, Wolfgang Amadeus"), mozart.toString());
            assertTrue(mozart.get("match").asBoolean(), mozart.toString());
            JsonNode luXun = results.get(1).get("candidates").get(0);
            assertTrue(luXun.get("name").asText().startsWith("Lu, Xun"), luXun.toString());
            JsonNode handel = results.get(2).get("candidates").get(0);
            assertEquals(
                    "http://localhost:3030/auth/943013#Authority",
                    handel.get("id").asText());
            assertEquals(100.0, handel.get("score").asDouble());
        }
        // GET is not how the draft sends batches; a query without conditions is refused
        HttpResponse<String> get = http.send(
                HttpRequest.newBuilder(URI.create(url + "agents/reconcile")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        ObjectNode bad = JSON.createObjectNode();
        bad.putArray("queries").addObject().putArray("conditions");
        assertEquals(400, postJson("agents/reconcile", bad).statusCode());
    }

    @Test
    void suggestPagesWithCursorAndExtensionAnswersInTheDraftsShape() throws Exception {
        JsonNode first = get("agents/1.0-draft/suggest/entity?prefix="
                + URLEncoder.encode("hand", StandardCharsets.UTF_8) + "&limit=2");
        valid("suggest-entities-response.json", first);
        JsonNode next = get("agents/suggest/entity?prefix=hand&limit=2&cursor=1");
        valid("suggest-entities-response.json", next);
        assertEquals(
                first.get("result").get(1).get("id").asText(),
                next.get("result").get(0).get("id").asText(),
                "cursor=1 starts at the second suggestion");

        ObjectNode q = JSON.createObjectNode();
        q.putArray("ids").add("http://localhost:3030/auth/943013#Authority");
        q.putArray("properties").addObject().put("id", "variant");
        HttpResponse<String> r = postJson("agents/extend", q);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode ext = JSON.readTree(r.body());
        valid("data-extension-response.json", ext);
        JsonNode row = ext.get("rows").get(0);
        assertEquals(
                "http://localhost:3030/auth/943013#Authority", row.get("id").asText());
        assertTrue(row.get("properties").get(0).get("values").size() >= 10, row.toString());

        JsonNode proposed = get("agents/extend/propose?type=Person&limit=3");
        valid("data-extension-property-proposal.json", proposed);
        assertEquals(3, proposed.get("properties").size());
    }
}
