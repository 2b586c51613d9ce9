package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.colophon.cli.CliRun;
import org.colophon.graph.GraphStore;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * colophon harvest, sources and reprocess against gdcc's xoai data provider on loopback, serving real MARCXML
 * (ZDB serials and Beijing Normal University books) in pages of 7.
 */
class HarvestCommandTest {
    @TempDir
    Path tmp;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    Path config(XoaiServer server) throws Exception {
        Path yaml = tmp.resolve("colophon.yaml");
        Files.writeString(
                yaml,
                String.join(
                        "\n",
                        "base: http://localhost:3030/",
                        "data: data",
                        "sources:",
                        "  - id: bnu",
                        "    name: Beijing Normal University Library",
                        "    url: http://127.0.0.1:" + server.port() + "/oai",
                        "    metadataPrefix: marc21",
                        "    delay: 0s",
                        ""));
        return yaml;
    }

    static long records(Path data) {
        try (GraphStore g = GraphStore.open(data.resolve("tdb2"))) {
            return g.stats().records();
        }
    }

    @Test
    void harvestLoadsEveryRecordThenFollowsDeletionsAndReprocessChangesNothing() throws Exception {
        List<XoaiServer.Item> items = TestCorpus.items();
        try (XoaiServer server = new XoaiServer(items, 7)) {
            Path yaml = config(server);
            Path data = tmp.resolve("data");

            CliRun first = run("harvest", "--config", yaml.toString());
            assertEquals(0, first.code(), first.err());
            long live = items.stream().filter(i -> !i.deleted()).count();
            assertEquals(live, records(data), first.err());
            assertTrue(first.err().contains("store: read " + live + ", added " + live + ","), first.err());

            // the library withdraws two records
            for (int k : new int[] {0, 5})
                server.items.set(k, server.items.get(k).changed(Instant.now(), true));
            CliRun second = run("harvest", "--config", yaml.toString());
            assertEquals(0, second.code(), second.err());
            assertTrue(second.err().contains("deleted 2"), second.err());
            assertEquals(live - 2, records(data));

            CliRun sources = run("sources", "--config", yaml.toString());
            assertTrue(sources.out().lines().anyMatch(l -> l.startsWith("bnu") && !l.contains("never")), sources.out());

            CliRun again = run("reprocess", "--config", yaml.toString());
            assertEquals(0, again.code(), again.err());
            assertTrue(again.err().contains("added 0, replaced 0, unchanged " + (live - 2)), again.err());
        }
    }

    @Test
    void harvestAndReprocessWriteToTheRemoteStoreThatColophonYamlNames() throws Exception {
        List<XoaiServer.Item> items = TestCorpus.items();
        try (XoaiServer server = new XoaiServer(items, 7);
                TestStore remote = TestStore.start(TestStore.Kind.REMOTE)) {
            Path yaml = config(server);
            Files.writeString(yaml, "store: " + remote.storeUrl() + "\n", StandardOpenOption.APPEND);
            long live = items.stream().filter(i -> !i.deleted()).count();

            CliRun harvest = run("harvest", "--config", yaml.toString());
            assertEquals(0, harvest.code(), harvest.err());
            try (GraphStore g = remote.open()) {
                assertEquals(live, g.stats().records(), harvest.err());
            }
            assertFalse(Files.exists(tmp.resolve("data").resolve("tdb2")), "nothing went to the embedded store");
            // the raw records and checkpoints stay in the data directory
            assertTrue(Files.isDirectory(tmp.resolve("data").resolve("raw")));

            CliRun again = run("reprocess", "--config", yaml.toString());
            assertEquals(0, again.code(), again.err());
            assertTrue(again.err().contains("added 0, replaced 0, unchanged " + live), again.err());
        }
    }

    @Test
    void aFullHarvestRemovesRecordsTheSourceNoLongerHasEvenWithoutDeletions() throws Exception {
        List<XoaiServer.Item> items = TestCorpus.items();
        try (XoaiServer server = new XoaiServer(items, 7)) {
            Path yaml = config(server);
            Path data = tmp.resolve("data");
            assertEquals(0, run("harvest", "--config", yaml.toString()).code());
            long before = records(data);
            // a source that keeps no deletions: the record is simply gone from its feed
            server.items.remove(3);
            CliRun full = run("harvest", "--full", "--config", yaml.toString());
            assertEquals(0, full.code(), full.err());
            assertTrue(full.err().contains("bnu: removed 1 records the source no longer has"), full.err());
            assertEquals(before - 1, records(data));
        }
    }

    @Test
    void aWrongConfigFailsAtStartWithFileAndLine() throws Exception {
        Path yaml = tmp.resolve("colophon.yaml");
        Files.writeString(yaml, "base: http://localhost:3030/\nsources:\n  - id: bnu\n    url: not a url\n");
        CliRun r = run("harvest", "--config", yaml.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("colophon harvest: colophon.yaml:4: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
