package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.colophon.harvester.oai.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointReadsBackAsWritten() throws Exception {
        CheckpointStore store = new CheckpointStore(dir);
        Checkpoint cp = Checkpoint.empty("bnu", "books:cn", "marc21")
                .start(Instant.parse("2024-01-01T00:00:00Z"), null, true)
                .afterPage(
                        "tok/1",
                        Instant.parse("2030-01-01T00:00:00Z"),
                        Instant.parse("2024-06-01T08:00:00Z"),
                        Instant.parse("2024-05-31T23:59:59Z"),
                        100,
                        3);
        store.save(cp);
        assertEquals(cp, store.load("bnu", "books:cn", "marc21"));
        assertTrue(Files.exists(dir.resolve("bnu/set-books%3Acn.marc21.json")));
        try (Stream<Path> s = Files.list(dir.resolve("bnu"))) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void aFinishedRunsStartBecomesTheNextFrom() {
        Checkpoint cp = Checkpoint.empty("bnu", null, "marc21")
                .start(null, null, false)
                .afterPage(null, null, Instant.parse("2024-06-01T08:00:00Z"), null, 5, 0)
                .finish();
        assertEquals(Instant.parse("2024-06-01T08:00:00Z"), cp.lastSuccess());
        assertEquals(
                Instant.parse("2024-06-01T08:00:00Z"),
                cp.start(cp.lastSuccess(), null, false).runFrom());
    }

    @Test
    void noSavedStateIsAnEmptyCheckpoint() throws Exception {
        assertEquals(Checkpoint.empty("x", null, "oai_dc"), new CheckpointStore(dir).load("x", null, "oai_dc"));
    }
}
