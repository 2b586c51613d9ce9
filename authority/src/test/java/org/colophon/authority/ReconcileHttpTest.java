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
import java.util.ArrayList;
import java.util.List;
import org.colophon.authority.internal.Naco;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /reconcile} on a real server over real HTTP, every response checked against the W3C Reconciliation API
 * 0.2 JSON Schemas (copied into the test resources). The authorities are the concerto set plus three labelled
 * synthetic records for scripts and diacritics.
 */
@ExtendWith(ReconcileServer.Resolver.class)
class ReconcileHttpTest {
    private static final ObjectMapper JSON = ReconcileServer.JSON;

    private final ReconcileServer server;
    private final String url;
    private final AuthorityIndex index;
    private final HttpClient http;

    ReconcileHttpTest(ReconcileServer server) {
        this.server = server;
        this.url = server.url;
        this.index = server.index;
        this.http = server.http;
    }

    private void valid(String schema, JsonNode body) {
        server.valid02(schema, body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(url + path)));
    }

    private JsonNode getJson(String path) throws Exception {
        return server.get(path);
    }

    private JsonNode post(String path, String form) throws Exception {
        return server.postForm(path, form);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode batch(String service, ObjectNode queries) throws Exception {
        JsonNode r = getJson(service + "?queries=" + enc(queries.toString()));
        valid("reconciliation-result-batch.json", r);
        return r;
    }

    @Test
    void manifestsAreValidAndCorsIsOpen() throws Exception {
        for (String s : List.of("agents", "subjects", "works")) {
            JsonNode m = getJson(s);
            valid("manifest.json", m);
            assertTrue(m.path("versions").toString().contains("0.2"));
        }
        HttpResponse<Void> pre = http.send(
                HttpRequest.newBuilder(URI.create(url + "agents"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(204, pre.statusCode());
        assertEquals(
                "*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void scriptsDiacriticsAndOrderDoNotMatter() throws Exception {
        ObjectNode q = JSON.createObjectNode();
        String[] texts = {
            "鲁迅",
            "魯迅",
            "Lu Xun",
            "Lu, Xun",
            "Dvořák, Antonín",
            "Antonin Dvorak",
            "Mozart, Wolfgang Amadeus, 1756-1791",
            "Wolfgang Amadeus Mozart"
        };
        String[] expected = {"luxun", "luxun", "luxun", "luxun", "dvorak", "dvorak", "mozart", "mozart"};
        for (int i = 0; i < texts.length; i++)
            q.putObject("q" + i).put("query", texts[i]).put("type", "Person");
        JsonNode r = batch("agents", q);
        for (int i = 0; i < texts.length; i++) {
            JsonNode top = r.path("q" + i).path("result").path(0);
            assertTrue(
                    top.path("id").asText().endsWith("/auth/syn-" + expected[i] + "#Authority"), texts[i] + ": " + top);
            assertTrue(top.path("match").asBoolean(), texts[i] + " is a match: " + top);
        }
        assertEquals(
                r.path("q0").path("result").path(0).path("score").asDouble(),
                r.path("q1").path("result").path(0).path("score").asDouble(),
                "simplified and traditional score alike");
    }

    @Test
    void aFormPostBatchWithTypeAndPropertyConditions() throws Exception {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode k = q.putObject("k");
        k.put("query", "Kabalevsky, Dmitry Borisovich").put("type", "Person").put("limit", 3);
        k.putArray("properties").addObject().put("pid", "dates").put("v", "1904-1987");
        q.putObject("id")
                .put("query", "")
                .putArray("properties")
                .addObject()
                .put("pid", "identifier")
                .put("v", "n  79129204");
        JsonNode r = post("agents", "queries=" + enc(q.toString()));
        valid("reconciliation-result-batch.json", r);
        JsonNode top = r.path("k").path("result").path(0);
        assertEquals(
                "Kabalevsky, Dmitry Borisovich, 1904-1987", top.path("name").asText());
        assertTrue(top.path("match").asBoolean());
        assertTrue(top.path("features").toString().contains("\"dates\""), top.toString());
        assertTrue(r.path("k").path("result").size() <= 3);
        assertEquals(
                "Handel, George Frideric, 1685-1759",
                r.path("id").path("result").path(0).path("name").asText());
        assertEquals(100.0, r.path("id").path("result").path(0).path("score").asDouble());
    }

    @Test
    void suggestPreviewAndExtend() throws Exception {
        JsonNode se = getJson("agents/suggest/entity?prefix=" + enc("kabal"));
        valid("suggest-entities-response.json", se);
        assertEquals(
                "Kabalevsky, Dmitry Borisovich, 1904-1987",
                se.path("result").path(0).path("name").asText());
        valid("suggest-types-response.json", getJson("agents/suggest/type?prefix=pe"));
        valid("suggest-properties-response.json", getJson("agents/suggest/property?prefix=da"));
        JsonNode proposal = getJson("agents/properties?type=Person");
        valid("data-extension-property-proposal.json", proposal);

        String id = se.path("result").path(0).path("id").asText();
        HttpResponse<String> preview = get("agents/preview?id=" + enc(id));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Kabalevsky, Dmitry Borisovich, 1904-1987"));

        ObjectNode ext = JSON.createObjectNode();
        ext.putArray("ids").add(id);
        ext.putArray("properties").addObject().put("id", "dates");
        ext.withArray("properties").addObject().put("id", "identifier");
        ext.withArray("properties")
                .addObject()
                .put("id", "variant")
                .putObject("settings")
                .put("limit", 30);
        JsonNode er = post("agents", "extend=" + enc(ext.toString()));
        valid("data-extension-response.json", er);
        assertEquals(
                "1904-1987",
                er.path("rows").path(id).path("dates").path(0).path("str").asText());
        assertTrue(er.path("rows").path(id).path("identifier").toString().contains("lccn:n50043095"));
        assertEquals(20, er.path("rows").path(id).path("variant").size());
    }

    @Test
    void badRequestsAreNamed() throws Exception {
        HttpResponse<String> r = get("agents?queries=" + enc("[1]"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("queries must be a JSON object"), r.body());
        r = get("agents?queries=" + enc("{\"q\":{\"query\":\"x\",\"type\":\"Topic\"}}"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unknown type 'Topic' for the agents service"), r.body());
        assertEquals(404, get("nothing").statusCode());
    }

    /**
     * Every variant heading of every authority, asked for in batches of ten as OpenRefine sends them: is the first
     * candidate the authority (or a duplicate of it), and is every {@code match: true} right?
     */
    @Test
    void variantFormsFindTheirAuthority() throws Exception {
        List<String[]> asked = new ArrayList<>();
        for (Authority a : index.all()) {
            String service =
                    switch (a.kind()) {
                        case WORK -> "works";
                        case PERSON, FAMILY, ORGANIZATION, MEETING -> "agents";
                        default -> "subjects";
                    };
            for (Authority.Variant v : a.variants())
                asked.add(new String[] {service, v.label(), a.iri(), a.kind().label()});
        }
        int top1 = 0;
        int matches = 0;
        int rightMatches = 0;
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < asked.size(); i += 10) {
            List<String[]> chunk = asked.subList(i, Math.min(asked.size(), i + 10));
            for (String service : List.of("agents", "subjects", "works")) {
                ObjectNode q = JSON.createObjectNode();
                List<String[]> mine =
                        chunk.stream().filter(c -> c[0].equals(service)).toList();
                if (mine.isEmpty()) continue;
                for (int j = 0; j < mine.size(); j++)
                    q.putObject("q" + j).put("query", mine.get(j)[1]).put("type", mine.get(j)[3]);
                long t0 = System.nanoTime();
                JsonNode r = getJson(service + "?queries=" + enc(q.toString()));
                nanos.add(System.nanoTime() - t0);
                valid("reconciliation-result-batch.json", r);
                for (int j = 0; j < mine.size(); j++) {
                    JsonNode top = r.path("q" + j).path("result").path(0);
                    boolean right = same(top.path("id").asText(), mine.get(j)[2]);
                    if (right) top1++;
                    if (top.path("match").asBoolean()) {
                        matches++;
                        if (right) rightMatches++;
                    }
                }
            }
        }
        nanos.sort(null);
        double p1 = (double) top1 / asked.size();
        double matchPrecision = matches == 0 ? 1 : (double) rightMatches / matches;
        System.out.printf(
                "reconciliation on variant headings: %d asked, precision@1 %.3f, %d match flags, %.3f of them right;"
                        + " batch of 10 p50 %.1f ms, p95 %.1f ms over %d authorities (same process, loopback)%n",
                asked.size(),
                p1,
                matches,
                matchPrecision,
                nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) (nanos.size() * 0.95)) / 1e6,
                index.size());
        assertTrue(asked.size() > 250, "variants asked: " + asked.size());
        assertTrue(p1 >= 0.95, "precision@1 " + p1);
        assertTrue(matchPrecision >= 0.99, "match precision " + matchPrecision);
    }

    /** The same authority, or a duplicate record of it (same kind and heading). */
    private boolean same(String got, String wanted) {
        if (got.equals(wanted)) return true;
        Authority g = index.get(got).orElse(null);
        Authority w = index.get(wanted).orElse(null);
        return g != null
                && w != null
                && g.kind() == w.kind()
                && Naco.normalize(g.label()).equals(Naco.normalize(w.label()));
    }
}
