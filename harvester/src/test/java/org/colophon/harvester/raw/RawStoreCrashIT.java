package org.colophon.harvester.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a process writing pages to the raw store, three times over, each time at a random moment: after each kill
 * every page whose {@code putPage} had returned is there, each record once, in its latest version, the torn tail (if
 * any) is cut off, and the next process writes on. While the child runs, another process cannot open the source.
 */
class RawStoreCrashIT {
    @TempDir
    Path tmp;

    @Test
    void pagesWrittenBeforeAKillAreAllThereAndTheStoreGoesOn() throws Exception {
        Path dir = tmp.resolve("raw");
        int next = 0;
        int lastReported = -1;
        // pages whose putPage may or may not have completed before a kill (never reported, then skipped)
        java.util.Set<Integer> maybe = new java.util.HashSet<>();
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            RawStoreChild.class.getName(),
                            dir.toString(),
                            Integer.toString(next))
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int stopAfter = next + 150 + (int) (Math.random() * 100);
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                assertTrue(line.startsWith("page "), line);
                lastReported = Integer.parseInt(line.substring(5));
                if (lastReported == next + 20) {
                    IOException busy = assertThrows(
                            IOException.class, () -> RawStore.open(dir).get("crash", "oai:crash:1"));
                    assertTrue(busy.getMessage().contains("in use by another process"), busy.getMessage());
                }
                if (lastReported >= stopAfter) break;
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            try (RawStore store = RawStore.open(dir, 256 * 1024)) {
                Map<String, String> titles = new HashMap<>();
                try (RecordSource in = store.read("crash", Quarantine.counting())) {
                    while (in.hasNext()) {
                        SourceRecord r = in.next();
                        String xml = new String(r.raw(), StandardCharsets.UTF_8);
                        String v = xml.substring(xml.indexOf(">v") + 2, xml.indexOf("</subfield>"));
                        assertEquals(null, titles.put(r.recordId(), v), "read twice: " + r.recordId());
                    }
                }
                // every page reported is there; the one after it may be too, if it was written before the kill
                int newPages = 0;
                maybe.add(lastReported + 1);
                for (int p = 0; p <= lastReported + 1; p++) {
                    if (p % 10 == 0) continue;
                    boolean there = titles.containsKey("oai:crash:" + (p * 100));
                    if (!maybe.contains(p)) {
                        for (int i = p * 100; i < p * 100 + 100; i++) {
                            assertEquals(Integer.toString(p), titles.get("oai:crash:" + i), "record " + i);
                        }
                        newPages++;
                    } else if (there) {
                        newPages++;
                    }
                }
                assertEquals(newPages * 100 + 100, titles.size());
                int lastRewrite = lastReported / 10 * 10;
                while (maybe.contains(lastRewrite)) lastRewrite -= 10;
                int v = Integer.parseInt(titles.get("oai:crash:42"));
                assertTrue(v == lastRewrite || (v > lastRewrite && maybe.contains(v)), "record 42 has version " + v);
                next = lastReported + 2; // the page after the last reported may or may not be there: skip it
            }
        }
    }
}
