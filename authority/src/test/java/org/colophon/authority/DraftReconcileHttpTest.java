package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Reconciliation API 1.0 draft's routes on a real server over real HTTP, every request and response checked
 * against the draft's JSON Schemas (copied into the test resources): the manifest at {@code …/1.0-draft}, batches
 * by {@code POST /reconcile} with a JSON body, suggest with {@code cursor}, extension by {@code POST /extend},
 * property proposals — beside the 0.2 routes, which keep answering as before.
 */
@ExtendWith(ReconcileServer.Resolver.class)
class DraftReconcileHttpTest {
    private static final ObjectMapper JSON = ReconcileServer.JSON;

    private final ReconcileServer server;
    private final String url;
    private final HttpClient http;

    DraftReconcileHttpTest(ReconcileServer server) {
        this.server = server;
        this.url = server.url;
        this.http = server.http;
    }

    private void valid(String schema, JsonNode body) {
        server.validDraft(schema, body);
    }

    private JsonNode get(String path) throws Exception {
        return server.get(path);
    }

    private HttpResponse<String> postJson(String path, JsonNode body) throws Exception {
        return server.postJson(path, body);
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

    @Test
    void theInstancesServiceSpeaksTheDraftWithThe02Answers() throws Exception {
        JsonNode manifest = get("instances/1.0-draft");
        valid("manifest.json", manifest);
        assertEquals(
                "http://id.loc.gov/ontologies/bibframe/Instance",
                manifest.get("defaultTypes").get(0).get("id").asText());

        // ten concerto records by title and creator, asked in both versions: the same candidates, the same order
        QueryResult.Select rows = (QueryResult.Select) server.store.query(
                "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT ?i (MIN(?t) AS ?title) (MIN(?c) AS ?creator)"
                        + " WHERE { ?i a bf:Instance ; bf:title ?tn . ?tn a bf:Title ; bf:mainTitle ?t"
                        + " FILTER NOT EXISTS { ?tn a bf:VariantTitle }"
                        + " ?i bf:instanceOf/bf:contribution/bf:agent/<http://www.w3.org/2000/01/rdf-schema#label> ?c }"
                        + " GROUP BY ?i ORDER BY ?i LIMIT 10",
                Duration.ofMinutes(1));
        ObjectNode draft = JSON.createObjectNode();
        var queries = draft.putArray("queries");
        ObjectNode old = JSON.createObjectNode();
        List<String> wanted = new ArrayList<>();
        for (Binding b : rows.rows()) {
            String title = b.get(Var.alloc("title")).getLiteralLexicalForm();
            String creator = b.get(Var.alloc("creator")).getLiteralLexicalForm();
            var conditions = queries.addObject().put("limit", 3).putArray("conditions");
            conditions.addObject().put("matchType", "name").put("propertyValue", title);
            conditions
                    .addObject()
                    .put("matchType", "property")
                    .put("propertyId", "creator")
                    .put("propertyValue", creator);
            ObjectNode q =
                    old.putObject("q" + wanted.size()).put("query", title).put("limit", 3);
            q.putArray("properties").addObject().put("pid", "creator").put("v", creator);
            wanted.add(b.get(Var.alloc("i")).getURI());
        }
        assertEquals(10, wanted.size());
        valid("reconciliation-query-batch.json", draft);
        JsonNode v02 = get("instances?queries=" + URLEncoder.encode(old.toString(), StandardCharsets.UTF_8));
        server.valid02("reconciliation-result-batch.json", v02);
        for (String root : List.of("instances/", "instances/1.0-draft/")) {
            HttpResponse<String> r = postJson(root + "reconcile", draft);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            valid("reconciliation-result-batch.json", body);
            int first = 0;
            for (int i = 0; i < wanted.size(); i++) {
                JsonNode got = body.get("results").get(i).get("candidates");
                JsonNode same = v02.get("q" + i).get("result");
                assertEquals(same.size(), got.size(), body.toString());
                for (int c = 0; c < got.size(); c++) {
                    for (String f : List.of("id", "name", "score", "match"))
                        assertEquals(same.get(c).get(f), got.get(c).get(f), f + " of " + got.get(c));
                    for (JsonNode feature : got.get(c).get("features"))
                        assertTrue(feature.hasNonNull("name"), "a draft feature has a name: " + feature);
                }
                if (!got.isEmpty() && got.get(0).get("id").asText().equals(wanted.get(i))) first++;
            }
            assertTrue(first >= 9, "title and creator find the record first: " + first + " of 10");
        }

        // an ISBN is a property, not an id: the service takes no id conditions
        ObjectNode byId = JSON.createObjectNode();
        byId.putArray("queries")
                .addObject()
                .putArray("conditions")
                .addObject()
                .put("matchType", "id")
                .put("propertyValue", wanted.get(0));
        assertEquals(400, postJson("instances/reconcile", byId).statusCode());

        ObjectNode ext = JSON.createObjectNode();
        ext.putArray("ids").add(wanted.get(0));
        ext.putArray("properties").addObject().put("id", "title");
        HttpResponse<String> r = postJson("instances/extend", ext);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode extended = JSON.readTree(r.body());
        valid("data-extension-response.json", extended);
        assertEquals(wanted.get(0), extended.get("rows").get(0).get("id").asText());
        assertTrue(
                !extended.get("rows")
                        .get(0)
                        .get("properties")
                        .get(0)
                        .get("values")
                        .isEmpty(),
                extended.toString());
        valid("data-extension-property-proposal.json", get("instances/extend/propose?type=Work&limit=2"));
        valid(
                "suggest-entities-response.json",
                get("instances/1.0-draft/suggest/entity?prefix=piano&limit=2&cursor=1"));
    }
}
