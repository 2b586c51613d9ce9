package org.colophon.harvester.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colophon.harvester.raw.internal.RawFiles;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawStoreTest {
    @TempDir
    Path dir;

    final List<RawStore> opened = new ArrayList<>();

    RawStore store() {
        return store(RawStore.DEFAULT_SEGMENT_MB * 1024L * 1024L);
    }

    RawStore store(long segmentBytes) {
        RawStore s = RawStore.open(dir, segmentBytes);
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (RawStore s : opened) s.close();
    }

    static RawRecord rec(String id, String title, boolean deleted) {
        byte[] xml = deleted
                ? new byte[0]
                : ("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                                + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">"
                                + title + "</subfield></datafield></record>")
                        .getBytes(StandardCharsets.UTF_8);
        return new RawRecord(
                id,
                Instant.parse("2024-05-01T10:00:00Z"),
                deleted,
                List.of("books", "cn"),
                RecordFormat.MARCXML,
                xml,
                Instant.parse("2024-05-02T00:00:00.123456789Z"));
    }

    static List<RawRecord> page(int from, int n, String version) {
        List<RawRecord> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) out.add(rec("oai:bnu:" + i, "Title " + i + " " + version, false));
        return out;
    }

    static Map<String, String> readAll(RawStore s, String source, Quarantine q) {
        Map<String, String> out = new TreeMap<>();
        try (RecordSource in = s.read(source, q)) {
            while (in.hasNext()) {
                SourceRecord r = in.next();
                String was = out.put(r.recordId(), new String(r.raw(), StandardCharsets.UTF_8));
                assertEquals(null, was, "read twice: " + r.recordId());
            }
        }
        return out;
    }

    static String title(Map<String, String> records, String id) {
        String xml = records.get(id);
        return xml.substring(xml.indexOf("<subfield code=\"a\">") + 19, xml.indexOf("</subfield>"));
    }

    @Test
    void theLatestVersionOfARecordWinsWithItsWholeHeader() throws Exception {
        RawStore store = store();
        store.put("bnu", rec("oai:bnu:1", "刘徽评传", false));
        store.put("bnu", rec("oai:bnu:1", "刘徽评传 (第二版)", false));
        RawRecord r = store.get("bnu", "oai:bnu:1").orElseThrow();
        assertTrue(new String(r.payload(), StandardCharsets.UTF_8).contains("第二版"));
        assertEquals(List.of("books", "cn"), r.sets());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), r.datestamp());
        assertEquals(Instant.parse("2024-05-02T00:00:00.123456789Z"), r.harvested());
        assertEquals(RecordFormat.MARCXML, r.format());
        assertFalse(store.get("bnu", "oai:bnu:2").isPresent());
    }

    @Test
    void reprocessingReadsTheLatestVersionOfEveryLiveRecordOnce() throws Exception {
        RawStore store = store();
        for (int p = 0; p < 3; p++) store.putPage("bnu", page(p * 100, 100, "v1"));
        store.putPage("bnu", page(50, 100, "v2")); // 50..149 again
        List<RawRecord> gone = new ArrayList<>();
        for (int i = 0; i < 300; i += 10) gone.add(rec("oai:bnu:" + i, "", true));
        store.putPage("bnu", gone);
        store.put("other", rec("oai:other:1", "X", false));

        Map<String, String> back = readAll(store, "bnu", Quarantine.counting());
        assertEquals(270, back.size());
        assertFalse(back.containsKey("oai:bnu:10"), "a deleted record was read");
        assertEquals("Title 7 v1", title(back, "oai:bnu:7"));
        assertEquals("Title 77 v2", title(back, "oai:bnu:77"));
        assertEquals("Title 177 v1", title(back, "oai:bnu:177"));
        RawRecord deleted = store.get("bnu", "oai:bnu:20").orElseThrow();
        assertTrue(deleted.deleted());
        assertEquals(0, deleted.payload().length);
        assertEquals(1, readAll(store, "other", Quarantine.counting()).size());
        try (RecordSource in = store.read("other", Quarantine.counting())) {
            in.next();
            assertFalse(in.hasNext());
            assertFalse(in.hasNext(), "asked again after the end, the reader started over");
        }
        assertEquals(0, readAll(store, "nosuch", Quarantine.counting()).size());
    }

    @Test
    void aPageIsOneFrameRunInOneSegmentAndSegmentsRollAtTheirSize() throws Exception {
        RawStore store = store(64 * 1024);
        for (int p = 0; p < 100; p++) store.putPage("bnu", page(p * 100, 100, "v1"));
        RawStore.Stats stats = store.stats("bnu");
        assertEquals(10_000, stats.indexed());
        // segments of 64 KB hold whole pages: the files are the segments, the index and the lock
        assertEquals(stats.segments() + 2, stats.files());
        assertTrue(stats.segments() < 100, stats.toString());
        try (Stream<Path> segs = Files.list(dir.resolve("bnu"))) {
            for (Path p : segs.filter(f -> f.getFileName().toString().startsWith("seg-"))
                    .toList()) {
                assertTrue(Files.size(p) <= 64 * 1024 + 16_000, p + " " + Files.size(p));
            }
        }
        assertEquals(10_000, readAll(store, "bnu", Quarantine.counting()).size());
    }

    @Test
    void theIndexIsRebuiltFromTheSegmentsWhenMissingOrBehind() throws Exception {
        RawStore store = store(64 * 1024);
        for (int p = 0; p < 10; p++) store.putPage("bnu", page(p * 100, 100, "v1"));
        store.close();
        Path index = dir.resolve("bnu/index.dat");
        Path old = dir.resolve("index.old");
        Files.copy(index, old);

        RawStore again = store(64 * 1024);
        for (int p = 10; p < 20; p++) again.putPage("bnu", page(p * 100, 100, "v1"));
        again.putPage("bnu", page(0, 10, "v2"));
        again.close();

        // an index from before the last pages: they are replayed from the segments
        Files.copy(old, index, StandardCopyOption.REPLACE_EXISTING);
        RawStore behind = store(64 * 1024);
        assertFalse(behind.recovery("bnu").rebuilt());
        assertTrue(
                behind.recovery("bnu").replayedFrames() >= 1010,
                behind.recovery("bnu").toString());
        Map<String, String> all = readAll(behind, "bnu", Quarantine.counting());
        assertEquals(2000, all.size());
        assertEquals("Title 5 v2", title(all, "oai:bnu:5"));
        behind.close();

        // no index at all: rebuilt by a scan
        Files.delete(index);
        RawStore none = store(64 * 1024);
        assertTrue(none.recovery("bnu").rebuilt());
        assertEquals(2000, readAll(none, "bnu", Quarantine.counting()).size());
        assertEquals(
                "Title 5 v2",
                new String(none.get("bnu", "oai:bnu:5").orElseThrow().payload(), StandardCharsets.UTF_8)
                        .replaceAll(".*code=\"a\">([^<]*)<.*", "$1"));
    }

    @Test
    void aTornTailIsCutOffAndTheStoreGoesOn() throws Exception {
        RawStore store = store();
        store.putPage("bnu", page(0, 100, "v1"));
        store.close();
        // what a kill in the middle of writing the next page leaves: the start of a page, not covered by the index
        Path seg = dir.resolve("bnu/seg-000001.dat");
        long whole = Files.size(seg);
        RawStore other = RawStore.open(dir.resolve("elsewhere"));
        other.putPage("bnu", page(100, 100, "v1"));
        other.close();
        byte[] next = Files.readAllBytes(dir.resolve("elsewhere/bnu/seg-000001.dat"));
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(next, 16, 1500));
        }

        RawStore again = store();
        SourceRecovery r = SourceRecovery.of(again, "bnu");
        assertTrue(r.torn > 0, "torn bytes not found");
        assertEquals(whole + wholeFrames(next, 1500), Files.size(seg));
        assertEquals(
                100 + r.replayed, readAll(again, "bnu", Quarantine.counting()).size());
        again.putPage("bnu", page(200, 100, "v1"));
        assertEquals(
                200 + r.replayed, readAll(again, "bnu", Quarantine.counting()).size());
    }

    /** Bytes of the whole frames among the first {@code n} bytes after a segment header. */
    static long wholeFrames(byte[] seg, int n) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(seg);
        int at = 16;
        while (at + 12 <= 16 + n) {
            int len = 12 + b.getInt(at + 4);
            if (at + len > 16 + n) break;
            at += len;
        }
        return at - 16;
    }

    record SourceRecovery(long torn, long replayed) {
        static SourceRecovery of(RawStore s, String id) throws Exception {
            var r = s.recovery(id);
            return new SourceRecovery(r.tornBytes(), r.replayedFrames());
        }
    }

    @Test
    void damageInsideASegmentGoesToTheQuarantineAndReadingGoesOn() throws Exception {
        RawStore store = store();
        store.putPage("bnu", page(0, 50, "v1"));
        store.close();
        Path seg = dir.resolve("bnu/seg-000001.dat");
        byte[] bytes = Files.readAllBytes(seg);
        for (int i = 2000; i < 2010; i++) bytes[i] ^= 0x55;
        Files.write(seg, bytes);

        RawStore again = store();
        try (DirectoryQuarantine q = new DirectoryQuarantine(dir.resolve("quarantine"))) {
            Map<String, String> back = readAll(again, "bnu", q);
            assertEquals(1, q.count());
            assertTrue(back.size() >= 47 && back.size() <= 49, "read " + back.size());
        }
        assertTrue(
                Files.readString(dir.resolve("quarantine/quarantine.tsv")).contains("damaged bytes in the raw store"));
    }

    @Test
    void afterAFullHarvestRecordsTheSourceNoLongerHasAreRemovedForGood() throws Exception {
        RawStore store = store();
        for (String id : List.of("a", "b", "c")) store.put("bnu", rec(id, id, false));
        store.put("bnu", rec("d", "d", true));
        assertEquals(2, store.retainOnly("bnu", Set.of("a")::contains));
        assertTrue(store.get("bnu", "a").isPresent());
        assertFalse(store.get("bnu", "b").isPresent());
        assertTrue(store.get("bnu", "d").isPresent());
        assertFalse(store.remove("bnu", "b"));
        assertTrue(store.remove("bnu", "a"));
        store.close();
        Files.delete(dir.resolve("bnu/index.dat"));
        RawStore rebuilt = store();
        assertEquals(Set.of(), readAll(rebuilt, "bnu", Quarantine.counting()).keySet());
        assertFalse(rebuilt.get("bnu", "b").isPresent());
        assertTrue(rebuilt.get("bnu", "d").orElseThrow().deleted());
    }

    @Test
    void segmentsMostlySupersededAreCompacted() throws Exception {
        RawStore store = store(64 * 1024);
        for (int p = 0; p < 20; p++) store.putPage("bnu", page(p * 100, 100, "v1"));
        for (int p = 0; p < 20; p++) store.putPage("bnu", page(p * 100, 100, "v2"));
        RawStore.Stats before = store.stats("bnu");
        RawStore.Compaction c = store.compact("bnu");
        RawStore.Stats after = store.stats("bnu");
        assertTrue(c.segmentsRewritten() > 0, c.toString());
        assertTrue(after.bytes() < before.bytes() * 0.7, before + " → " + after);
        Map<String, String> all = readAll(store, "bnu", Quarantine.counting());
        assertEquals(2000, all.size());
        assertTrue(all.keySet().stream().allMatch(id -> title(all, id).endsWith("v2")));
        assertEquals(RawStore.Compaction.class, store.compact("bnu").getClass());
        assertEquals(0, store.compact("bnu").segmentsRewritten(), "nothing left to compact");
        store.close();

        Files.delete(dir.resolve("bnu/index.dat"));
        RawStore rebuilt = store(64 * 1024);
        Map<String, String> again = readAll(rebuilt, "bnu", Quarantine.counting());
        assertEquals(2000, again.size());
        assertTrue(again.keySet().stream().allMatch(id -> title(again, id).endsWith("v2")));
    }

    @Test
    void theIndexGrowsPastItsFirstSize() throws Exception {
        RawStore store = store();
        for (int p = 0; p < 300; p++) store.putPage("bnu", page(p * 100, 100, "v1"));
        assertEquals(30_000, store.stats("bnu").indexed());
        for (int i = 0; i < 30_000; i += 997) {
            assertTrue(store.get("bnu", "oai:bnu:" + i).isPresent(), "oai:bnu:" + i);
        }
        store.close();
        assertEquals(30_000, readAll(store(), "bnu", Quarantine.counting()).size());
    }

    @Test
    void aDataDirectoryOfTheOneFilePerRecordLayoutIsMovedIntoSegments() throws Exception {
        Path source = dir.resolve("bnu");
        for (int i = 0; i < 1200; i++) {
            RawRecord r = rec("oai:bnu:" + i, "Old " + i, i % 100 == 0);
            Path f = RawFiles.path(source, r.identifier());
            Files.createDirectories(f.getParent());
            Files.write(f, RawFiles.encode(r));
        }
        Path bad = RawFiles.path(source, "oai:bnu:broken");
        Files.createDirectories(bad.getParent());
        Files.write(bad, "not gzip".getBytes(StandardCharsets.US_ASCII));

        RawStore store = store();
        assertEquals(1200, store.recovery("bnu").migrated());
        Map<String, String> back = readAll(store, "bnu", Quarantine.counting());
        assertEquals(1188, back.size());
        assertEquals("Old 7", title(back, "oai:bnu:7"));
        assertTrue(store.get("bnu", "oai:bnu:100").orElseThrow().deleted());
        try (Stream<Path> left = Files.list(source)) {
            assertEquals(
                    Set.of("seg-000001.dat", "index.dat", "lock", "legacy-unreadable"),
                    left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void storesOnOneDirectoryInOneJvmShareTheOpenSource() throws Exception {
        RawStore a = store();
        a.put("bnu", rec("a", "a", false));
        RawStore b = store();
        // within one JVM the open source is shared
        assertTrue(b.get("bnu", "a").isPresent());
        a.close();
        assertTrue(b.get("bnu", "a").isPresent());
    }

    @Test
    void recordsAreCompressedInSegments() throws Exception {
        RawStore store = store();
        List<RawRecord> big = new ArrayList<>();
        for (int i = 0; i < 100; i++) big.add(rec("oai:bnu:" + i, "A title repeated ".repeat(40), false));
        store.putPage("bnu", big);
        long payload = big.stream().mapToLong(r -> r.payload().length).sum();
        assertTrue(Files.size(dir.resolve("bnu/seg-000001.dat")) < payload / 3);
        assertArrayEquals(
                big.get(3).payload(),
                store.get("bnu", "oai:bnu:3").orElseThrow().payload());
    }
}
