package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.colophon.endpoint.ColophonServer;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the CLC classes that BNU's CNMARC records link to (690) are served beside them, in a real TDB2 store over
 * HTTP: each class a page with its caption and its broader and narrower classes, the records' links pointing at it.
 */
class ClcPagesTest {
    @TempDir
    Path tmp;

    @Test
    void theClassesTheRecordsLinkToHavePagesWithCaptionsAndBroaderClasses() throws Exception {
        Path data = tmp.resolve("data");
        Path marc = Path.of(getClass().getResource("/bnu-cnmarcxml-sru.xml").toURI());
        CliRun imported = CliRun.of("import", marc.toString(), "--source", "bnu", "--data", data.toString());
        assertEquals(0, imported.code(), imported.err());
        String base = "http://localhost:3030/";
        try (GraphStore g = GraphStore.open(data.resolve("tdb2"))) {
            long records = g.stats().records();
            assertTrue(VocabularyGraphs.ensureClc(g, base) > 5000, "every class and the scheme written");
            assertEquals(0, VocabularyGraphs.ensureClc(g, base), "the same scheme and base: nothing written again");
            assertEquals(records, g.stats().records(), "the classes are not records");

            // every CLC class a record links to has its document, named by the class's caption
            QueryResult.Select links = (QueryResult.Select) g.query(
                    "SELECT DISTINCT ?c WHERE { ?w <http://id.loc.gov/ontologies/bibframe/classification> ?k ."
                            + " ?k <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?c }",
                    Duration.ofSeconds(30));
            assertTrue(links.rows().size() >= 2, "CLC links: " + links.rows());
            for (var row : links.rows()) {
                String c = row.get(org.apache.jena.sparql.core.Var.alloc("c")).getURI();
                assertTrue(c.startsWith(base + "vocab/clc/"), c);
                assertTrue(g.recordDocument(c).isPresent(), "no page for " + c);
            }

            ColophonServer server =
                    ColophonServer.builder().store(g).base(base).port(0).build().start();
            try {
                HttpResponse<String> page = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(server.url() + "vocab/clc/F124"))
                                        .header("Accept", "text/turtle")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), page.body());
                for (String expected : List.of("经济建设和发展", "skos:broader", "vocab/clc/F12>", "\"F124\""))
                    assertTrue(page.body().contains(expected), expected + " not in:\n" + page.body());
                HttpResponse<String> html = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(server.url() + "vocab/clc/F12"))
                                        .header("Accept", "text/html")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(200, html.statusCode());
                assertTrue(html.body().contains("经济建设和发展"), "the narrower class is named on its broader's page");
            } finally {
                server.stop();
            }
        }
    }
}
