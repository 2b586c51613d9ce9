package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.endpoint.ColophonServer;
import org.colophon.endpoint.EndpointConfig;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /review} on a real server over real HTTP: the queue the concerto import leaves is listed to anyone, and a
 * decision is taken only with the endpoint's write token; it links the heading in the store and is kept.
 */
class ReviewHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-review-token";

    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anyoneListsTheQueueOnlyTheTokenDecides() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data, store, List.of("concerto/auth_concerto.marcxml"), ConcertoLinkingTest.BIBS_TO_REVIEW);
            AuthorityIndex index = AuthorityIndex.load(store);
            AuthorityLinker linker = new AuthorityLinker(index, Decisions.open(Authorities.reviewDir(data)), store);
            AuthorityLinker readOnlyLinker =
                    new AuthorityLinker(index, Decisions.open(Authorities.reviewDir(data)), store);
            try (Ingest ingest =
                            Ingest.builder(data).store(store).listener(linker).build();
                    Ingest noIndex = Ingest.builder(data)
                            .store(store)
                            .searchIndex(false)
                            .listener(readOnlyLinker)
                            .build()) {
                ColophonServer server = ColophonServer.builder()
                        .store(store)
                        .port(0)
                        .config(EndpointConfig.defaults().withWriteToken(TOKEN))
                        .servlet("/review/*", new ReviewServlet(Authorities.review(ingest, linker), TOKEN))
                        .build()
                        .start();
                ColophonServer readOnly = ColophonServer.builder()
                        .store(store)
                        .port(0)
                        .servlet("/review/*", new ReviewServlet(Authorities.review(noIndex, readOnlyLinker), null))
                        .build()
                        .start();
                try {
                    String url = server.url() + "review";
                    HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(url)));
                    assertEquals(200, list.statusCode(), list.body());
                    assertTrue(
                            list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                    JsonNode queue = JSON.readTree(list.body());
                    assertEquals(
                            Authorities.review(ingest, linker).list().size(),
                            queue.get("count").asInt());
                    JsonNode lpo = null;
                    for (JsonNode i : queue.get("items"))
                        if (i.get("label").asText().equals(ConcertoLinkingTest.LONDON_SYMPHONY)) lpo = i;
                    assertTrue(lpo != null, "not queued: " + queue.toPrettyString());
                    assertEquals("Organization", lpo.get("kind").asText());
                    String heading = lpo.get("heading").asText();
                    String lso = lpo.get("candidates").get(0).get("authority").asText();
                    assertTrue(lpo.get("candidates").get(0).get("score").asDouble() >= Linker.REVIEW_SCORE);
                    String form = "heading=" + enc(heading) + "&authority=" + enc(lso);

                    // writes: no token 401, a wrong one 401, a read-only server 403, GET 405; nothing is decided
                    assertEquals(401, postForm(url + "/accept", form, null).statusCode());
                    HttpResponse<String> wrong = postForm(url + "/accept", form, "Bearer nope");
                    assertEquals(401, wrong.statusCode(), wrong.body());
                    assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
                    assertEquals(
                            403,
                            postForm(readOnly.url() + "review/accept", form, "Bearer " + TOKEN)
                                    .statusCode());
                    assertEquals(
                            405,
                            send(HttpRequest.newBuilder(URI.create(url + "/accept")))
                                    .statusCode());
                    assertFalse(Files.exists(Authorities.reviewDir(data).resolve("decisions.tsv")));
                    assertFalse(RelinkTest.links(store).containsKey(heading));

                    // a heading that does not wait: 404; a body without the two: 400
                    assertEquals(
                            404,
                            postForm(
                                            url + "/accept",
                                            "heading=" + enc(heading + "x") + "&authority=" + enc(lso),
                                            "Bearer " + TOKEN)
                                    .statusCode());
                    assertEquals(
                            400,
                            postForm(url + "/accept", "heading=" + enc(heading), "Bearer " + TOKEN)
                                    .statusCode());

                    // with the token: accepted (form), linked at once, kept, gone from the queue
                    HttpResponse<String> ok = postForm(url + "/accept", form, "Bearer " + TOKEN);
                    assertEquals(200, ok.statusCode(), ok.body());
                    assertEquals(
                            "accepted", JSON.readTree(ok.body()).get("status").asText());
                    assertEquals(lso, RelinkTest.links(store).get(heading));
                    assertTrue(Files.readString(Authorities.reviewDir(data).resolve("decisions.tsv"))
                            .startsWith("accept\tOrganization:london symphony\t" + lso));
                    JsonNode after = JSON.readTree(
                            send(HttpRequest.newBuilder(URI.create(url))).body());
                    assertEquals(
                            queue.get("count").asInt() - 1, after.get("count").asInt());

                    // another heading, rejected by a JSON body: that authority is no longer proposed for it
                    JsonNode other = null;
                    for (JsonNode i : after.get("items")) if (other == null) other = i;
                    String otherHeading = other.get("heading").asText();
                    String otherFirst =
                            other.get("candidates").get(0).get("authority").asText();
                    HttpResponse<String> no = send(HttpRequest.newBuilder(URI.create(url + "/reject"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                    .put("heading", otherHeading)
                                    .put("authority", otherFirst)
                                    .toString())));
                    assertEquals(200, no.statusCode(), no.body());
                    assertEquals(
                            "rejected", JSON.readTree(no.body()).get("status").asText());
                    JsonNode last = JSON.readTree(
                            send(HttpRequest.newBuilder(URI.create(url))).body());
                    for (JsonNode i : last.get("items")) {
                        if (!i.get("heading").asText().equals(otherHeading)) continue;
                        for (JsonNode c : i.get("candidates"))
                            assertFalse(c.get("authority").asText().equals(otherFirst), i.toString());
                    }
                    assertFalse(otherFirst.equals(RelinkTest.links(store).get(otherHeading)));
                } finally {
                    server.stop();
                    readOnly.stop();
                }
            }
        }
    }

    private HttpResponse<String> postForm(String url, String form, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (auth != null) b.header("Authorization", auth);
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
