package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colophon.config.SourceConfig;
import org.colophon.data.DataDir;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harvest from gdcc's xoai data provider on loopback (real ZDB and BNU MARCXML in pages of 7) through the ingestion
 * core: what the store holds and what a listener was told stay the same through additions, deletions and a full
 * harvest's sweep.
 */
class IngestHarvestTest {
    @TempDir
    Path tmp;

    static SourceConfig source(XoaiServer server) {
        return SourceConfig.of("zdb", server.url()).withDelay(Duration.ZERO).withPrefixAndSets("marc21", List.of());
    }

    @Test
    void harvestedPagesDeletionsAndAFullSweepReachStoreAndListenerAlike() throws Exception {
        List<XoaiServer.Item> items = new ArrayList<>(TestCorpus.items());
        Recorder rec = new Recorder();
        try (XoaiServer server = new XoaiServer(items, 7);
                Ingest ingest = Ingest.builder(DataDir.of(tmp)).listener(rec).build()) {
            SourceConfig zdb = source(server);
            Ingest.HarvestRun first =
                    ingest.harvest(List.of(zdb), new HarvestOptions(null, null, false), HarvestListener.NONE, true);
            assertTrue(first.ok(), first.results().toString());
            long live = items.stream().filter(i -> !i.deleted()).count();
            assertEquals(
                    live,
                    first.store().added() + first.store().quarantined(),
                    first.store().line());
            assertEquals(Recorder.storeKeys(ingest.store(), "zdb"), rec.committedKeys);
            assertEquals(first.store().added(), rec.committedKeys.size());
            // pages are committed together, not one transaction each (the checkpoint follows the commit)
            long pages = (items.size() + 6) / 7;
            assertTrue(rec.commits >= 1 && rec.commits < pages, rec.commits + " commits for " + pages + " pages");
            assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());
            // a first harvest into an empty store is the reference later growth is judged by: no compaction
            var disk = ingest.store().diskUse().orElseThrow();
            assertEquals(first.store().added(), disk.liveRecords(), disk.line());
            assertTrue(ingest.compactIfGrown().isEmpty(), disk.line());

            // the provider deletes one record and forgets another entirely; a full harvest removes both
            XoaiServer.Item deleted = server.items.get(3);
            server.items.set(3, deleted.changed(deleted.datestamp().plusSeconds(86400 * 400L), true));
            XoaiServer.Item forgotten = server.items.remove(5);
            Ingest.HarvestRun full =
                    ingest.harvest(List.of(zdb), new HarvestOptions(null, null, true), HarvestListener.NONE, true);
            assertTrue(full.ok(), full.results().toString());
            assertEquals(1, full.store().deleted(), full.store().line());
            assertEquals(1, full.removals().size(), full.removals().toString());
            assertTrue(!rec.committedKeys.contains("zdb/" + deleted.id()));
            assertTrue(!rec.committedKeys.contains("zdb/" + forgotten.id()));
            assertEquals(Recorder.storeKeys(ingest.store(), "zdb"), rec.committedKeys);
            assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());
        }
    }
}
