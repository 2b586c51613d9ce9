package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** colophon serve --config as a real process: port and write token from colophon.yaml, reads open, writes guarded. */
class ServeProcessTest {
    @TempDir
    Path tmp;

    @Test
    void serveTakesPortAndTokenFromTheConfigAndGuardsWrites() throws Exception {
        Path data = tmp.resolve("data");
        Path marc = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        assertEquals(
                0,
                CliRun.of("import", marc.toString(), "--source", "bnu", "--data", data.toString())
                        .code());
        int port = CliProcess.freePort();
        Path yaml = tmp.resolve("colophon.yaml");
        Files.writeString(
                yaml, "base: http://localhost:3030/\ndata: data\nserver:\n  port: " + port + "\n  token: s3cret\n");
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/";
        try (CliProcess serve =
                CliProcess.start(tmp.resolve("serve.log"), List.of(), "serve", "--config", yaml.toString())) {
            HttpResponse<String> health = CliProcess.awaitHealth(http, base, 90);
            assertTrue(health != null && health.statusCode() == 200, serve.log());
            assertTrue(health.body().replace(" ", "").contains("\"records\":10"), health.body());

            // the search API over DATA/index, and `colophon search` reading the same index beside the server
            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(URI.create(base + "search?q=%E7%8C%B6%E5%A4%AA%E5%AD%B8"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().startsWith("{\"total\":1,"), found.body());
            assertTrue(found.body().contains("/bnu/"), found.body());
            CliRun search =
                    CliRun.of("search", "猶太學", "--data", tmp.resolve("data").toString());
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().startsWith("1 found"), search.out());

            String update =
                    "INSERT DATA { GRAPH <http://example.org/notes> { <http://example.org/a> <http://example.org/b> \"c\" } }";
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "update"))
                    .header("Content-Type", "application/sparql-update")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(update));
            assertEquals(
                    401,
                    http.send(post.build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            int ok = http.send(
                            post.header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            assertTrue(ok >= 200 && ok < 300, "update with the token: " + ok);
        }
    }

    @Test
    void sigtermStopsServeWithinSecondsAndTheStoreOpensAgain() throws Exception {
        Path data = tmp.resolve("data");
        Path marc = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        assertEquals(
                0,
                CliRun.of("import", marc.toString(), "--source", "bnu", "--data", data.toString())
                        .code());
        int port = CliProcess.freePort();
        String base = "http://localhost:" + port + "/";
        HttpClient http = HttpClient.newHttpClient();
        try (CliProcess serve = CliProcess.start(
                tmp.resolve("serve.log"),
                List.of("-Xmx256m"),
                "serve",
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--base",
                "http://localhost:3030/",
                "--heavy-queries",
                "2")) {
            assertEquals(200, CliProcess.awaitHealth(http, base, 90).statusCode(), serve.log());
            assertTrue(
                    serve.log().contains("limits: queries 30 s, 10000 rows, 100000 triples; heavy queries 2 at once"),
                    serve.log());
            long start = System.nanoTime();
            serve.process().destroy(); // SIGTERM
            assertTrue(serve.process().waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(serve.log().contains("stopped; store closed"), serve.log());
            assertTrue(seconds < 10, seconds + " s");
        }
        // the store and the index open again, and hold what they held
        CliRun stats = CliRun.of("stats", "--data", data.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("10"), stats.out());
        CliRun search = CliRun.of("search", "猶太學", "--data", data.toString());
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("1 found"), search.out());
    }

    @Test
    void whileServeRunsTheCommandsSayWhyTheyCannotAndServePublishesItsOwnPort() throws Exception {
        Path data = tmp.resolve("data");
        Path other = tmp.resolve("other");
        Path marc = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        assertEquals(
                0,
                CliRun.of("import", marc.toString(), "--source", "bnu", "--data", data.toString())
                        .code());
        assertEquals(
                0,
                CliRun.of("import", marc.toString(), "--source", "bnu", "--data", other.toString())
                        .code());
        int port = CliProcess.freePort();
        String base = "http://localhost:" + port + "/";
        HttpClient http = HttpClient.newHttpClient();
        try (CliProcess serve = CliProcess.start(
                tmp.resolve("serve.log"),
                List.of(),
                "serve",
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--base",
                "http://localhost:3030/")) {
            assertEquals(200, CliProcess.awaitHealth(http, base, 90).statusCode(), serve.log());
            assertFalse(serve.log().contains("warning"), serve.log());

            CliRun locked = CliRun.of("import", marc.toString(), "--source", "bnu", "--data", data.toString());
            assertEquals(3, locked.code(), locked.err());
            assertTrue(locked.err().contains("is in use by another colophon process"), locked.err());
            assertTrue(locked.err().contains("colophon serve"), locked.err());
            assertEquals(1, locked.err().strip().lines().count(), locked.err());

            // a second server on the same port, over a store minted under another base than it would publish
            CliRun second = CliRun.of(
                    "serve",
                    "--data",
                    other.toString(),
                    "--port",
                    Integer.toString(port),
                    "--base",
                    "http://example.org/");
            assertEquals(3, second.code(), second.err());
            assertTrue(
                    second.err()
                            .contains(
                                    "minted under http://localhost:3030/ but the server publishes http://example.org/"),
                    second.err());
            assertTrue(second.err().contains("port " + port + " is in use"), second.err());
        }
        // without --base, the published base (and so the JSON-LD context) follows the port
        int port2 = CliProcess.freePort();
        String base2 = "http://localhost:" + port2 + "/";
        assertEquals(
                0,
                CliRun.of(
                                "import",
                                marc.toString(),
                                "--source",
                                "bnu",
                                "--data",
                                tmp.resolve("d2").toString(),
                                "--base",
                                base2)
                        .code());
        try (CliProcess serve = CliProcess.start(
                tmp.resolve("serve2.log"),
                List.of(),
                "serve",
                "--data",
                tmp.resolve("d2").toString(),
                "--port",
                Integer.toString(port2))) {
            assertEquals(200, CliProcess.awaitHealth(http, base2, 90).statusCode(), serve.log());
            assertFalse(serve.log().contains("warning"), serve.log());
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base2 + "bnu/9911676899703961"))
                            .header("Accept", "application/ld+json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains(base2 + "context.jsonld"), page.body());
            assertFalse(page.body().contains("localhost:3030"), page.body());
        }
    }
}
