package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source several times larger than the harvesting JVM's heap: 24,000 real MARCXML records (the test corpus served
 * 400 times over under distinct identifiers, about 60 MB of payload) harvested by a child JVM limited to 32 MB.
 */
class FlatMemoryIT {
    @TempDir
    Path tmp;

    @Test
    void aSourceLargerThanTheHeapIsHarvestedInFlatMemory() throws Exception {
        List<XoaiServer.Item> base = TestCorpus.items();
        List<XoaiServer.Item> many = new ArrayList<>();
        for (int copy = 0; copy < 400; copy++) {
            for (XoaiServer.Item i : base) {
                many.add(new XoaiServer.Item(i.id() + "-" + copy, i.datestamp(), i.set(), i.xml(), false));
            }
        }
        long payload = many.stream().mapToLong(i -> i.xml().length).sum();
        assertTrue(payload > 2 * 32L * 1024 * 1024, "payload only " + payload);
        try (XoaiServer server = new XoaiServer(many, 500)) {
            Path log = tmp.resolve("child.log");
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx32m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            HarvestChild.class.getName(),
                            server.url().toString(),
                            tmp.resolve("data").toString(),
                            tmp.resolve("store").toString(),
                            "count")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child did not finish");
            String out = Files.readString(log);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("crash: records 24000, deleted 0, errors 0"), out);
        }
    }
}
