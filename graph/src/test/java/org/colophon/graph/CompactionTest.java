package org.colophon.graph;

import static org.colophon.graph.SyntheticBibframe.meta;
import static org.colophon.graph.SyntheticBibframe.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2 is copy-on-write: a store written in many small transactions grows far past its data. Compacting it brings the
 * size back to what the data takes, keeps every record, and remembers that size so growth can be judged later.
 */
class CompactionTest {
    @TempDir
    Path tmp;

    /** 30 records written one per transaction, then each replaced once: the way a harvest of small pages writes. */
    private static void writeInSmallTransactions(GraphStore store) {
        for (int version = 1; version <= 2; version++) {
            for (int i = 0; i < 30; i++) {
                try (GraphStore.Batch b = store.batch()) {
                    b.put(meta("lib", "r" + i, version, "m1"), triples("lib", "r" + i, version));
                    b.commit();
                }
            }
        }
    }

    @Test
    void compactingShrinksTheStoreAndKeepsEveryRecord() throws Exception {
        Path dir = tmp.resolve("tdb2");
        try (GraphStore store =
                GraphStore.tdb2(dir).bulkThreshold(Long.MAX_VALUE).open()) {
            writeInSmallTransactions(store);
            StoreStats before = store.stats();
            DiskUse grown = store.diskUse().orElseThrow();
            assertEquals(-1, grown.liveBytes(), "never compacted: nothing measured yet");
            assertTrue(grown.worthCompacting(2, 30, 0));

            Compaction c = store.compact();
            assertEquals(grown.bytes(), c.bytesBefore());
            assertTrue(c.bytesAfter() * 2 < c.bytesBefore(), c.line());
            assertEquals(30, c.records());
            assertEquals(before, store.stats(), "every record and triple is still there");
            assertTrue(store.record("lib", "r7").isPresent());
            try (Stream<Path> data = Files.list(dir)) {
                assertEquals(
                        1,
                        data.filter(p -> p.getFileName().toString().startsWith("Data-"))
                                .count(),
                        "the old generation was removed");
            }
            DiskUse packed = store.diskUse().orElseThrow();
            assertEquals(c.bytesAfter(), packed.liveBytes());
            assertEquals(30, packed.liveRecords());
            assertFalse(packed.worthCompacting(2, 30, 0), packed.line());

            // and the store still takes writes after the switch to the new generation
            try (GraphStore.Batch b = store.batch()) {
                b.put(meta("lib", "new", 1, "m1"), triples("lib", "new", 1));
                b.commit();
            }
            assertEquals(31, store.stats().records());
        }
        try (GraphStore reopened = GraphStore.open(dir)) {
            assertEquals(31, reopened.stats().records(), "the compacted store opens again");
        }
    }

    @Test
    void aBulkLoadIntoAnEmptyStoreCountsAsPacked() {
        try (GraphStore store =
                GraphStore.tdb2(tmp.resolve("tdb2")).bulkThreshold(10).open()) {
            try (GraphStore.Batch b = store.batch()) {
                for (int i = 0; i < 50; i++) b.put(meta("lib", "r" + i, 1, "m1"), triples("lib", "r" + i, 1));
                b.commit();
            }
            DiskUse d = store.diskUse().orElseThrow();
            assertEquals(50, d.liveRecords(), d.line());
            assertEquals(d.bytes(), d.liveBytes(), d.line());
        }
    }

    /**
     * A first incremental load (a first harvest) sets the reference its later growth is judged by, once: a second
     * call, after more small commits, keeps the first figure, so that growth stays visible.
     */
    @Test
    void aFirstIncrementalLoadIsMeasuredOnce() {
        try (GraphStore store = GraphStore.tdb2(tmp.resolve("tdb2"))
                .bulkThreshold(Long.MAX_VALUE)
                .open()) {
            writeInSmallTransactions(store);
            store.measureFirstLoad();
            DiskUse first = store.diskUse().orElseThrow();
            assertEquals(first.bytes(), first.liveBytes(), first.line());
            assertEquals(30, first.liveRecords());
            assertFalse(first.worthCompacting(2, 30, 0), "what the first load left is the reference");

            writeInSmallTransactions(store);
            store.measureFirstLoad();
            DiskUse later = store.diskUse().orElseThrow();
            assertEquals(first.liveBytes(), later.liveBytes(), "measured once");
            assertTrue(later.bytes() > first.bytes(), later.line());
        }
    }

    @Test
    void growthIsJudgedAgainstTheBytesPerRecordWhenLastPacked() {
        DiskUse d = new DiskUse(5_000, 1_000, 100);
        assertTrue(d.worthCompacting(2, 100, 0), "5× the packed size for as many records");
        assertFalse(d.worthCompacting(2, 300, 0), "three times the records: 3,000 expected, 5,000 is under 2×");
        assertFalse(new DiskUse(5_000, -1, -1).worthCompacting(2, 100, 10_000), "unmeasured and small");
        assertTrue(new DiskUse(50_000, -1, -1).worthCompacting(2, 100, 10_000), "unmeasured and past the limit");
        // the records are counted only when the size alone does not settle it
        assertFalse(new DiskUse(1_500, 1_000, 100)
                .worthCompacting(
                        2,
                        () -> {
                            throw new AssertionError("counted");
                        },
                        0));
        assertTrue(d.worthCompacting(2, () -> 100, 0));
        assertFalse(d.worthCompacting(2, () -> 300, 0));
    }
}
