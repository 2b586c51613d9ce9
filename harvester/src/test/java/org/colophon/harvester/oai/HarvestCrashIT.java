package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a harvest, run again: the store ends up exactly as after an uninterrupted run, with every
 * record committed and none lost, and only the pages after the last saved checkpoint delivered twice. The harvest
 * runs in a child JVM (same classpath) against the xoai provider on loopback into a sink that commits every
 * {@value #EVERY} pages on a thread of its own (the harvester reads on meanwhile); the child is killed with
 * destroyForcibly (SIGKILL) after some batches were committed.
 */
class HarvestCrashIT {
    /** Pages per commit of the child's sink. */
    static final int EVERY = 3;

    static final int PAGE = 3;

    @TempDir
    Path tmp;

    @Test
    void killedHarvestResumedGivesTheSameRecordsAsAnUninterruptedOne() throws Exception {
        try (XoaiServer server = new XoaiServer(TestCorpus.items(), PAGE)) {
            server.delayMillis = 150;
            Path data = tmp.resolve("killed/data");
            Path store = tmp.resolve("killed/store");
            Process child = child(server, data, store);
            waitForFiles(store, 15, child);
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            int before = files(store).size();
            assertTrue(before >= 15 && before < 60, "killed after " + before + " records");

            assertEquals(0, run(child(server, data, store)), "resumed run failed");

            server.delayMillis = 0;
            Path cleanStore = tmp.resolve("clean/store");
            assertEquals(0, run(child(server, tmp.resolve("clean/data"), cleanStore)), "uninterrupted run failed");

            // the raw store too: every record once, as in the uninterrupted run
            assertEquals(raw(tmp.resolve("clean/data")), raw(data));
            assertEquals(60, raw(data).size());

            Map<String, String> resumed = files(store);
            Map<String, String> clean = files(cleanStore);
            assertEquals(60, clean.size());
            assertEquals(clean, resumed);

            // committed again after the kill: at most the batches whose checkpoint was not on disk yet, i.e. the
            // last batch committed and one more whose checkpoint was being written
            List<String> committed = Files.readAllLines(store.resolve("committed.log"));
            assertTrue(
                    committed.size() >= 60 && committed.size() <= 60 + 2 * EVERY * PAGE,
                    "committed " + committed.size());
            assertEquals(60, committed.stream().distinct().count());
        }
    }

    private Process child(XoaiServer server, Path data, Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        HarvestChild.class.getName(),
                        server.url().toString(),
                        data.toString(),
                        store.toString(),
                        Integer.toString(EVERY))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        tmp.resolve("child.log").toFile()))
                .start();
    }

    private static int run(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        return p.exitValue();
    }

    private static void waitForFiles(Path store, int n, Process child) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(store) && files(store).size() >= n) return;
            assertTrue(child.isAlive(), "child ended before it could be killed");
            Thread.sleep(20);
        }
        throw new AssertionError("child committed fewer than " + n + " records in a minute");
    }

    /** Identifier → payload of every live record in the raw store of a data directory. */
    private static Map<String, String> raw(Path data) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (org.colophon.harvester.raw.RawStore raw = org.colophon.harvester.raw.RawStore.open(data.resolve("raw"));
                org.colophon.record.RecordSource in = raw.read("crash", org.colophon.record.Quarantine.counting())) {
            while (in.hasNext()) {
                org.colophon.record.SourceRecord r = in.next();
                assertEquals(null, out.put(r.recordId(), new String(r.raw(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** File name → content of every record file in the store. */
    private static Map<String, String> files(Path store) throws IOException {
        Map<String, String> out = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.list(store)) {
            s.filter(p -> p.getFileName().toString().endsWith(".xml")).forEach(paths::add);
        }
        for (Path p : paths) out.put(p.getFileName().toString(), Files.readString(p));
        return out;
    }
}
