package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, {@code colophon demo}, as a real process: it imports the sample catalogue and serves it. */
class DemoProcessTest {
    @TempDir
    Path tmp;

    @Test
    void demoImportsTheSampleCatalogueAndServesItsRecords() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "demo",
                        "--data",
                        tmp.resolve("data").toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("demo.log").toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            String base = "http://localhost:" + port + "/";
            HttpResponse<String> health = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                try {
                    health = http.send(
                            HttpRequest.newBuilder(URI.create(base + "health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) break;
                } catch (java.io.IOException e) {
                    Thread.sleep(500);
                }
            }
            assertTrue(
                    health != null && health.statusCode() == 200,
                    "the demo never answered: " + java.nio.file.Files.readString(tmp.resolve("demo.log")));
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
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }
}
