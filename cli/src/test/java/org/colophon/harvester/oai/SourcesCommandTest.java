package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * colophon harvest and sources with one source that answers (gdcc's xoai provider on loopback) and one where nothing
 * listens: the failure is printed once, in seconds, and {@code sources} shows each source's last run.
 */
class SourcesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSourceThatIsDownFailsFastOnceAndSourcesShowsItsLastRun() throws Exception {
        int down;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            down = s.getLocalPort();
        }
        try (XoaiServer server = new XoaiServer(TestCorpus.items(), 7)) {
            Path yaml = tmp.resolve("colophon.yaml");
            Files.writeString(
                    yaml,
                    String.join(
                            "\n",
                            "base: http://localhost:3030/",
                            "data: data",
                            "harvest:",
                            "  retries: 2",
                            "  timeout: 20s",
                            "sources:",
                            "  - id: bnu",
                            "    url: http://127.0.0.1:" + server.port() + "/oai",
                            "    delay: 0s",
                            "  - id: gone",
                            "    url: http://127.0.0.1:" + down + "/oai",
                            ""));
            long t0 = System.nanoTime();
            CliRun harvest = CliRun.of("harvest", "--no-load", "--config", yaml.toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(3, harvest.code(), harvest.err()); // ExitCode.FAILURE
            String failure = "cannot reach http://127.0.0.1:" + down + "/oai: 127.0.0.1:" + down
                    + " refused the connection (no server is listening there)";
            assertEquals(1, count(harvest.err(), failure), harvest.err());
            assertTrue(ms < 30_000, "took " + ms + " ms");

            CliRun sources = CliRun.of("sources", "--config", yaml.toString());
            assertEquals(0, sources.code(), sources.err());
            List<String> lines = sources.out().lines().toList();
            assertTrue(lines.get(0).startsWith("source       last run"), sources.out());
            String bnu =
                    lines.stream().filter(l -> l.startsWith("bnu ")).findFirst().orElseThrow();
            assertTrue(bnu.matches("bnu +ok +20\\d\\d-.*Z +60 +0 +20.*"), bnu);
            int at = lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("gone "))
                    .findFirst()
                    .orElseThrow());
            assertTrue(lines.get(at).matches("gone +failed +20\\d\\d-.*Z +0 +0 +never +now +http.*"), lines.get(at));
            assertEquals(failure, lines.get(at + 1).strip());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
