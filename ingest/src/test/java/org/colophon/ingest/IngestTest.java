package org.colophon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.colophon.data.DataDir;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.DiskUse;
import org.colophon.graph.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files through the one write path, into a real TDB2 store, with a listener following every write. */
class IngestTest {
    @TempDir
    Path tmp;

    Path bnu() throws Exception {
        return Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
    }

    @Test
    void anImportReachesStoreAndListenerAlikeAndAReimportChangesNothing() throws Exception {
        Recorder rec = new Recorder();
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).listener(rec).build()) {
            IngestSummary first = ingest.importFiles(List.of(bnu()), "bnu", null, null);
            assertEquals(10, first.added(), first.line());
            assertEquals(0, first.quarantined());
            assertEquals(Recorder.storeKeys(ingest.store(), "bnu"), rec.committedKeys);
            assertEquals(10, rec.committedKeys.size());

            int events = rec.events.size();
            IngestSummary again = ingest.importFiles(List.of(bnu()), "bnu", null, null);
            assertEquals(10, again.unchanged(), again.line());
            assertEquals(0, again.added() + again.replaced());
            assertEquals(events, rec.events.size(), "unchanged records are not announced");
        }
    }

    @Test
    void aDeletionIsAnnouncedInsideTheBatchThatRemovesTheGraph() throws Exception {
        Recorder rec = new Recorder();
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).listener(rec).build()) {
            ingest.importFiles(List.of(bnu()), "bnu", null, null);
            String victim = rec.committedKeys.iterator().next().substring("bnu/".length());
            int commits = rec.commits;

            BatchCounts c = ingest.delete("bnu", List.of(victim, "no-such-record"));
            assertEquals(1, c.deleted());
            assertEquals(1, c.notFound());
            assertEquals(commits + 1, rec.commits);
            assertEquals(Recorder.storeKeys(ingest.store(), "bnu"), rec.committedKeys);
            assertEquals(9, rec.committedKeys.size());
        }
    }

    @Test
    void aListenerThatCannotPrepareAbandonsTheWholeBatchInStoreAndListener() throws Exception {
        Recorder rec = new Recorder();
        rec.failOnPrepare = new IllegalStateException("index disk full");
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).listener(rec).build()) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> ingest.importFiles(List.of(bnu()), "bnu", null, null));
            assertEquals("index disk full", e.getMessage());
            assertEquals(0, ingest.store().stats().records());
            assertEquals(Set.of(), rec.committedKeys);
            assertEquals(1, rec.abandons);
        }
    }

    /**
     * A store emptied by deletions still holds what it held (copy-on-write). A first load into it packs it first, so
     * that the size the load leaves, the reference for later growth, is its data's and not the old garbage.
     */
    @Test
    void aFirstLoadIntoAStoreEmptiedByDeletionsMeasuresItsOwnData() throws Exception {
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).batchSize(1).build()) {
            ingest.importFiles(List.of(bnu()), "a", null, null);
            ingest.importFiles(List.of(bnu()), "b", null, null); // ten commits of one record
            List<String> ids;
            try (var held = ingest.store().recordIds("a")) {
                ids = held.toList();
            }
            ingest.delete("a", ids);
            ingest.delete("b", ids);
            GraphStore store = ingest.store();
            assertEquals(0, store.stats().records());
            long emptied = store.diskUse().orElseThrow().bytes();

            Ingest.packIfEmpty(store, 0);
            DiskUse packed = store.diskUse().orElseThrow();
            assertTrue(packed.bytes() < emptied, emptied + " → " + packed.line());

            ingest.importFiles(List.of(bnu()), "c", null, null);
            DiskUse loaded = store.diskUse().orElseThrow();
            assertEquals(10, loaded.liveRecords(), "the first load is measured, " + loaded.line());
            assertTrue(loaded.liveBytes() < emptied, loaded.line());
        }
    }

    @Test
    void aStoreGivenByTheCallerIsLeftOpenForIt() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("elsewhere"))) {
            try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).store(store).build()) {
                ingest.importFiles(List.of(bnu()), "bnu", null, null);
            }
            assertEquals(10, store.stats().records());
        }
    }
}
