package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.endpoint.ColophonServer;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server reads its authorities after it starts: until they are read, the authority services and the review queue
 * answer 503 with Retry-After, and the works/instances service answers; then everything answers as usual. The
 * reading is held back by the test (an executor it runs when it chooses), the store and the reading are real.
 */
class ServeStartTest {
    @TempDir
    Path tmp;

    @Test
    void authorityServicesAnswer503UntilTheAuthoritiesAreRead() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data, store, List.of("concerto/auth_concerto.marcxml"), "concerto/bibs_concerto.marcxml");
            List<Runnable> held = new ArrayList<>();
            AuthorityIndex index = AuthorityIndex.loading(store, held::add);
            AuthorityLinker linker = new AuthorityLinker(index, Decisions.open(Authorities.reviewDir(data)), store);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                ColophonServer server = ColophonServer.builder()
                        .store(store)
                        .search(ingest.searchIndex().orElseThrow())
                        .port(0)
                        .servlet(
                                "/reconcile/*",
                                new ReconcileServlet(
                                        index,
                                        ingest.searchIndex().orElseThrow(),
                                        store,
                                        "http://localhost/reconcile/"))
                        .servlet("/review/*", new ReviewServlet(Authorities.review(ingest, linker), null))
                        .build()
                        .start();
                try {
                    HttpClient http = HttpClient.newHttpClient();
                    String agents = server.url() + "reconcile/agents?queries="
                            + URLEncoder.encode(
                                    "{\"q0\":{\"query\":\"Kabalevsky, Dmitry Borisovich, 1904-1987\"}}",
                                    StandardCharsets.UTF_8);
                    for (String url : List.of(agents, server.url() + "reconcile/subjects", server.url() + "review")) {
                        HttpResponse<String> r = get(http, url);
                        assertEquals(503, r.statusCode(), url + ": " + r.body());
                        assertEquals("5", r.headers().firstValue("Retry-After").orElse(""), url);
                    }
                    assertEquals(
                            200, get(http, server.url() + "reconcile/instances").statusCode());

                    held.forEach(Runnable::run);
                    assertTrue(index.ready());
                    HttpResponse<String> r = get(http, agents);
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().contains("/auth/1116068#Authority"), r.body());
                    assertEquals(200, get(http, server.url() + "review").statusCode());
                } finally {
                    server.stop();
                }
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
