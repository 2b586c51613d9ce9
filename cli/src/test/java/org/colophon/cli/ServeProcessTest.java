package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
}
