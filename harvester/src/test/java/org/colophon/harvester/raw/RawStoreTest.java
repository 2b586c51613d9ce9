package org.colophon.harvester.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.harvester.raw.internal.RawFiles;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawStoreTest {
    @TempDir
    Path dir;

    private static RawRecord rec(String id, String title, boolean deleted) {
        byte[] xml = deleted
                ? new byte[0]
                : ("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><datafield tag=\"245\"><subfield code=\"a\">"
                                + title + "</subfield></datafield></record>")
                        .getBytes(StandardCharsets.UTF_8);
        return new RawRecord(
                id,
                Instant.parse("2024-05-01T10:00:00Z"),
                deleted,
                List.of("books", "cn"),
                RecordFormat.MARCXML,
                xml,
                Instant.parse("2024-05-02T00:00:00Z"));
    }

    @Test
    void theLatestVersionOfARecordWins() throws Exception {
        RawStore store = RawStore.open(dir);
        store.put("bnu", rec("oai:bnu:1", "刘徽评传", false));
        store.put("bnu", rec("oai:bnu:1", "刘徽评传 (第二版)", false));
        RawRecord r = store.get("bnu", "oai:bnu:1").orElseThrow();
        assertTrue(new String(r.payload(), StandardCharsets.UTF_8).contains("第二版"));
        assertEquals(List.of("books", "cn"), r.sets());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), r.datestamp());
        assertEquals(Instant.parse("2024-05-02T00:00:00Z"), r.harvested());
    }

    @Test
    void reprocessingReadsEveryRecordBackLiveAndDeleted() throws Exception {
        RawStore store = RawStore.open(dir);
        for (int i = 0; i < 300; i++) store.put("bnu", rec("oai:bnu:" + i, "T" + i, i % 10 == 0));
        store.put("other", rec("oai:other:1", "X", false));
        List<SourceRecord> back = new ArrayList<>();
        try (RecordSource in = store.read("bnu", org.colophon.record.Quarantine.counting())) {
            in.forEachRemaining(back::add);
        }
        assertEquals(300, back.size());
        assertEquals(30, back.stream().filter(SourceRecord::deleted).count());
        assertEquals(300, back.stream().map(SourceRecord::recordId).distinct().count());
        SourceRecord r7 = back.stream()
                .filter(r -> r.recordId().equals("oai:bnu:7"))
                .findFirst()
                .orElseThrow();
        assertArrayEquals(rec("oai:bnu:7", "T7", false).payload(), r7.raw());
        assertEquals("bnu", r7.sourceId());
    }

    @Test
    void anUnreadableFileGoesToTheQuarantineAndReadingGoesOn() throws Exception {
        RawStore store = RawStore.open(dir);
        store.put("bnu", rec("oai:bnu:1", "A", false));
        store.put("bnu", rec("oai:bnu:2", "B", false));
        Files.write(RawFiles.path(dir.resolve("bnu"), "oai:bnu:1"), "not gzip".getBytes(StandardCharsets.US_ASCII));
        List<SourceRecord> back = new ArrayList<>();
        try (DirectoryQuarantine q = new DirectoryQuarantine(dir.resolve("quarantine"));
                RecordSource in = store.read("bnu", q)) {
            in.forEachRemaining(back::add);
            assertEquals(1, q.count());
        }
        assertEquals(
                List.of("oai:bnu:2"), back.stream().map(SourceRecord::recordId).toList());
        assertTrue(Files.readString(dir.resolve("quarantine/quarantine.tsv")).contains("unreadable raw record"));
    }

    @Test
    void afterAFullHarvestRecordsTheSourceNoLongerHasAreRemoved() throws Exception {
        RawStore store = RawStore.open(dir);
        for (String id : List.of("a", "b", "c")) store.put("bnu", rec(id, id, false));
        store.put("bnu", rec("d", "d", true));
        assertEquals(2, store.retainOnly("bnu", Set.of("a")::contains));
        assertTrue(store.get("bnu", "a").isPresent());
        assertFalse(store.get("bnu", "b").isPresent());
        assertTrue(store.get("bnu", "d").isPresent());
    }

    @Test
    void recordsAreGzipFilesInHashedDirectories() throws Exception {
        RawStore.open(dir).put("bnu", rec("oai:bnu:1", "A", false));
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> gz = files.filter(p -> p.toString().endsWith(".gz")).toList();
            assertEquals(1, gz.size());
            assertEquals(4, dir.relativize(gz.get(0)).getNameCount());
            byte[] head = Files.readAllBytes(gz.get(0));
            assertEquals((byte) 0x1f, head[0]);
            assertEquals((byte) 0x8b, head[1]);
        }
    }
}
