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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, {@code colophon demo}, as a real process: it imports the sample catalogue and serves it. */
class DemoProcessTest {
    @TempDir
    Path tmp;

    @Test
    void demoImportsTheSampleCatalogueAndServesItsRecords() throws Exception {
        int port = CliProcess.freePort();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try (CliProcess demo = CliProcess.start(
                tmp.resolve("demo.log"),
                List.of(),
                "demo",
                "--data",
                tmp.resolve("data").toString(),
                "--port",
                Integer.toString(port))) {
            String base = "http://localhost:" + port + "/";
            HttpResponse<String> health = CliProcess.awaitHealth(http, base, 120);
            assertTrue(health != null && health.statusCode() == 200, "the demo never answered: " + demo.log());
            assertTrue(health.body().replace(" ", "").contains("\"records\":111"), health.body());

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "loc/5287459"))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(
                    page.body().contains("刘徽评传") && page.body().contains("Liu Hui ping zhuan"),
                    "the CJK record page shows both scripts");

            HttpResponse<String> turtle = http.send(
                    HttpRequest.newBuilder(URI.create(base + "bnu/9911676899703961.ttl"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains("社会科学文献出版社"), turtle.body());
        }
    }
}
