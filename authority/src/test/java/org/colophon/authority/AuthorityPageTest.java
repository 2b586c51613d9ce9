package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.data.DataDir;
import org.colophon.endpoint.ColophonServer;
import org.colophon.graph.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An authority's page on a real server: its variants, its related headings (linked when the store holds them) and
 * the records whose headings the linker tied to it, the same records the link graphs name.
 */
class AuthorityPageTest {
    @TempDir
    Path tmp;

    @Test
    void anAuthorityPageListsVariantsRelatedHeadingsAndLinkedRecords() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data,
                    store,
                    List.of("concerto/auth_concerto.marcxml", "concerto/auth_mesh.marcxml"),
                    "concerto/bibs_concerto.marcxml");
            Map<String, String> links = RelinkTest.links(store);
            String handel = RelinkTest.BASE + "auth/943013#Authority";
            Set<String> linkedRecords = new TreeSet<>();
            links.forEach((h, a) -> {
                if (a.equals(handel)) linkedRecords.add("/bib/" + h.substring(h.indexOf("/bib/") + 5, h.indexOf('#')));
            });
            assertTrue(linkedRecords.size() >= 3, "Handel is linked from several records: " + links);

            try (org.colophon.ingest.Ingest ingest =
                    org.colophon.ingest.Ingest.builder(data).store(store).build()) {
                ColophonServer server = ColophonServer.builder()
                        .store(store)
                        .search(ingest.searchIndex().orElseThrow())
                        .port(0)
                        .build()
                        .start();
                try {
                    HttpClient http = HttpClient.newHttpClient();
                    HttpResponse<String> page = http.send(
                            HttpRequest.newBuilder(URI.create(server.url() + "auth/943013"))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, page.statusCode());
                    String html = page.body();
                    int box = html.indexOf("id=\"authority-links\"");
                    assertTrue(box > 0, html);
                    String section = html.substring(box, html.indexOf("</section>", box));
                    // the linked records, each a link to its page: exactly those the link graphs name
                    Set<String> listed = new TreeSet<>();
                    Matcher m = Pattern.compile("href=\"(/bib/[^\"]+)\"").matcher(section);
                    while (m.find()) listed.add(m.group(1));
                    assertEquals(linkedRecords, listed);
                    assertTrue(section.contains("Variant headings"), section);
                    assertTrue(section.contains("Händel, Georg Friedrich"), section);
                    assertFalse(section.contains("Related headings"), "Handel's record has no 5XX");

                    // the page links to the search filtered by the authority, which finds the same records
                    Matcher s = Pattern.compile("href=\"(/search\\?filter=authority[^\"]+)\"")
                            .matcher(section);
                    assertTrue(s.find(), section);
                    HttpResponse<String> found = http.send(
                            HttpRequest.newBuilder(
                                            URI.create(server.url() + s.group(1).substring(1)))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, found.statusCode(), found.body());
                    Set<String> hits = new TreeSet<>();
                    for (var h : new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(found.body())
                            .get("hits")) {
                        String id = h.get("id").asText();
                        hits.add("/bib/" + id.substring(id.indexOf("/bib/") + 5, id.indexOf('#')));
                    }
                    assertEquals(linkedRecords, hits);

                    // MeSH Acidosis: 550 Acid-Base Equilibrium, a heading the store holds, so a link to it
                    String acidosis = http.send(
                                    HttpRequest.newBuilder(URI.create(server.url() + "auth/D000138"))
                                            .header("Accept", "text/html")
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    assertTrue(
                            acidosis.contains("<h2>Related headings</h2>")
                                    && acidosis.contains("<a href=\"/auth/D000136\">Acid-Base Equilibrium</a>"),
                            acidosis);

                    // an authority nothing links to says so; a bibliographic record has no such box
                    HttpResponse<String> lonely = http.send(
                            HttpRequest.newBuilder(URI.create(server.url() + "auth/1122021"))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(lonely.body().contains("No record's heading is linked to this authority."));
                    String bib = linkedRecords.iterator().next();
                    HttpResponse<String> bibPage = http.send(
                            HttpRequest.newBuilder(URI.create(server.url() + bib.substring(1)))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, bibPage.statusCode());
                    assertFalse(bibPage.body().contains("id=\"authority-links\""));
                } finally {
                    server.stop();
                }
            }
        }
    }
}
