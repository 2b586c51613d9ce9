package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvesting from gdcc's xoai data provider on loopback, serving real MARCXML records in pages of 7. */
class XoaiHarvestTest {
    @TempDir
    Path data;

    XoaiServer server;
    List<XoaiServer.Item> corpus;
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        corpus = TestCorpus.items();
        server = new XoaiServer(corpus, 7);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Harvester harvester() {
        return Harvester.builder()
                .dataDir(data)
                .retries(3, Duration.ofMillis(50))
                .listener(new HarvestListener() {
                    @Override
                    public void warning(String sourceId, String message) {
                        warnings.add(message);
                    }
                })
                .build();
    }

    SourceConfig source() {
        return SourceConfig.of("test", server.url()).withDelay(Duration.ZERO);
    }

    Set<String> ids(List<XoaiServer.Item> items) {
        return items.stream().map(XoaiServer.Item::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRecordArrivesOnceAsStandaloneMarcXml() throws Exception {
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals("marc21", r.prefix());
        assertEquals(60, r.records());
        assertEquals(9, r.pages());
        assertEquals(60, sink.accepted);
        assertEquals(ids(corpus), new TreeSet<>(sink.records.keySet()));
        for (XoaiServer.Item item : corpus) {
            SourceRecord rec = sink.records.get(item.id());
            assertEquals(RecordFormat.MARCXML, rec.format());
            assertEquals(item.datestamp(), rec.datestamp());
            assertEquals(MarcXml.fields(item.xml()), MarcXml.fields(rec.raw()), item.id());
        }
    }

    @Test
    void chineseTitlesSurviveTheRoundTrip() throws Exception {
        CollectingSink sink = new CollectingSink();
        harvester().harvest(source(), HarvestOptions.incremental(), sink);
        String bnu = new String(sink.records.get("oai:colophon.test:bnu-001").raw(), "UTF-8");
        assertTrue(bnu.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), bnu);
    }

    @Test
    void aSetHarvestsOnlyItsRecords() {
        CollectingSink sink = new CollectingSink();
        SourceConfig bnu = source().withPrefixAndSets(null, List.of("bnu"));
        HarvestResult r = harvester().harvest(bnu, HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(
                ids(corpus.stream().filter(i -> i.set().equals("bnu")).toList()), new TreeSet<>(sink.records.keySet()));
    }

    @Test
    void fromAndUntilSelectByDatestamp() {
        CollectingSink sink = new CollectingSink();
        Instant from = TestCorpus.FIRST.plusSeconds(3600 * 10);
        Instant until = TestCorpus.FIRST.plusSeconds(3600 * 19);
        HarvestResult r = harvester().harvest(source(), new HarvestOptions(from, until, false), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(ids(corpus.subList(10, 20)), new TreeSet<>(sink.records.keySet()));
    }

    @Test
    void nextRunHarvestsOnlyWhatChangedAndSeesDeletions() throws Exception {
        Harvester h = harvester();
        CollectingSink first = new CollectingSink();
        assertTrue(h.harvest(source(), HarvestOptions.incremental(), first).ok());
        Checkpoint done = h.checkpoint("test", null, "marc21");
        assertFalse(done.inProgress());
        assertNotNull(done.lastSuccess());

        Instant later = Instant.now().plusSeconds(5);
        server.touch("oai:colophon.test:zdb-003", later, false);
        server.touch("oai:colophon.test:bnu-004", later, true);
        CollectingSink second = new CollectingSink();
        HarvestResult r = h.harvest(source(), HarvestOptions.incremental(), second);
        assertTrue(r.ok(), r.summary());
        assertEquals(Set.of("oai:colophon.test:zdb-003", "oai:colophon.test:bnu-004"), second.records.keySet());
        assertTrue(second.records.get("oai:colophon.test:bnu-004").deleted());
        assertEquals(0, second.records.get("oai:colophon.test:bnu-004").raw().length);
        assertEquals(1, r.records());
        assertEquals(1, r.deleted());
        assertTrue(server.queries.stream().anyMatch(q -> q.contains("from=")), server.queries.toString());
    }

    @Test
    void fullHarvestReportsWhatTheSourceStillHas() throws Exception {
        server.touch("oai:colophon.test:zdb-010", TestCorpus.FIRST, true);
        HarvestResult r = harvester().harvest(source(), HarvestOptions.fullHarvest(), new CollectingSink());
        Set<String> expected = ids(corpus);
        expected.remove("oai:colophon.test:zdb-010");
        assertEquals(expected, r.seenIdentifiers());
    }

    @Test
    void unavailableWithRetryAfterIsWaitedOut() {
        server.faults.add(XoaiServer.Fault.UNAVAILABLE);
        long t0 = System.nanoTime();
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertTrue(System.nanoTime() - t0 >= 1_000_000_000L, "Retry-After: 1 was not honoured");
        assertEquals(60, sink.records.size());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("HTTP 503 (Retry-After 1 s)")), warnings.toString());
    }

    @Test
    void connectionDyingMidPageIsRetriedAndThePageDeliveredAgain() {
        server.faults.add(XoaiServer.Fault.DIE_MIDWAY);
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(ids(corpus), new TreeSet<>(sink.records.keySet()));
        assertEquals(9, sink.pages.size());
    }

    @Test
    void aBodyThatStallsIsCutByTheReadTimeoutAndRetried() {
        server.faults.add(XoaiServer.Fault.STALL);
        Harvester h = Harvester.builder()
                .dataDir(data)
                .retries(2, Duration.ofMillis(50))
                .timeouts(Duration.ofSeconds(5), Duration.ofMillis(500))
                .listener(new HarvestListener() {
                    @Override
                    public void warning(String sourceId, String message) {
                        warnings.add(message);
                    }
                })
                .build();
        CollectingSink sink = new CollectingSink();
        long t0 = System.nanoTime();
        HarvestResult r = h.harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertTrue(System.nanoTime() - t0 < 9_000_000_000L, "the ten-second stall was waited out, not cut");
        assertEquals(60, sink.records.size());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("read timeout")), warnings.toString());
    }

    @Test
    void serverGoneMidHarvestFailsTheSourceAndTheNextRunResumesWhereItStopped() throws Exception {
        int port = server.port();
        server.goneFromListRequest = 4; // three pages of 7 are served, then the server is gone
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertFalse(r.ok());
        assertTrue(r.failure().startsWith("gave up after 4 attempts: "), r.failure());
        assertEquals(21, sink.records.size());

        server.close();
        server = new XoaiServer(corpus, 7, port);
        HarvestResult again = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(again.ok(), again.summary());
        assertEquals(ids(corpus), new TreeSet<>(sink.records.keySet()));
        assertEquals(39, again.records());
        assertEquals(6, server.listRequests.get());
    }

    @Test
    void malformedPageIsRetriedAndTheBrokenAttemptAborted() {
        server.faults.add(XoaiServer.Fault.MALFORMED);
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(60, sink.records.size());
        assertEquals(1, sink.aborted);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("malformed response")), warnings.toString());
    }

    @Test
    void malformedEveryTimeFailsTheSourceWithOneLine() {
        for (int i = 0; i < 4; i++) server.faults.add(XoaiServer.Fault.MALFORMED);
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), new CollectingSink());
        assertFalse(r.ok());
        assertTrue(r.failure().startsWith("gave up after 4 attempts: malformed response"), r.failure());
        assertFalse(r.summary().contains("\n"));
    }

    @Test
    void refusedTokenRestartsTheList() {
        server.faults.add(XoaiServer.Fault.UNAVAILABLE);
        server.faults.add(XoaiServer.Fault.BAD_TOKEN);
        server.faults.add(XoaiServer.Fault.BAD_TOKEN);
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(ids(corpus), new TreeSet<>(sink.records.keySet()));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("resumption token refused")), warnings.toString());
    }

    @Test
    void controlCharactersAreCleanedAndCounted() {
        server.faults.add(XoaiServer.Fault.CONTROL_CHARACTERS);
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(2, r.cleanedCharacters());
        assertEquals(60, sink.records.size());
    }

    @Test
    void rawStoreKeepsEveryRecordWithItsHeaderForReprocessing() throws Exception {
        server.touch("oai:colophon.test:zdb-020", TestCorpus.FIRST.plusSeconds(60), true);
        Harvester h = harvester();
        CollectingSink sink = new CollectingSink();
        assertTrue(h.harvest(source(), HarvestOptions.incremental(), sink).ok());
        RawRecord bnu = h.rawStore()
                .orElseThrow()
                .get("test", "oai:colophon.test:bnu-002")
                .orElseThrow();
        assertEquals(List.of("bnu"), bnu.sets());
        assertEquals(RecordFormat.MARCXML, bnu.format());
        List<SourceRecord> again = new ArrayList<>();
        try (RecordSource in = h.rawStore().orElseThrow().read("test", Quarantine.counting())) {
            in.forEachRemaining(again::add);
        }
        // 60 records, 9 pages: one segment, its index and the lock file
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(data.resolve("raw/test"))) {
            assertEquals(
                    Set.of("seg-000001.dat", "index.dat", "lock"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        // reprocessing reads the live records: the deleted one is kept (get) but not read
        assertEquals(59, again.size());
        assertTrue(h.rawStore()
                .orElseThrow()
                .get("test", "oai:colophon.test:zdb-020")
                .orElseThrow()
                .deleted());
        for (SourceRecord rec : again) {
            SourceRecord harvested = sink.records.get(rec.recordId());
            assertEquals(harvested.deleted(), rec.deleted());
            assertEquals(harvested.datestamp(), rec.datestamp());
            assertTrue(java.util.Arrays.equals(harvested.raw(), rec.raw()), rec.recordId());
        }
    }

    @Test
    void theChosenPrefixIsMarc21() {
        assertEquals("marc21", harvester().choosePrefix(source()));
        RepositoryInfo info = harvester().identify(source());
        assertTrue(info.secondsGranularity());
        assertEquals("persistent", info.deletedRecord());
        assertEquals(
                Set.of("zdb", "bnu"),
                harvester().listSets(source()).stream().map(SetInfo::spec).collect(Collectors.toSet()));
    }

    @Test
    void getRecordFetchesOneRecordAndNamesAMissingOne() {
        SourceRecord r = harvester().getRecord(source(), "oai:colophon.test:bnu-003", null);
        assertEquals("oai:colophon.test:bnu-003", r.recordId());
        HarvestException e = org.junit.jupiter.api.Assertions.assertThrows(
                HarvestException.class, () -> harvester().getRecord(source(), "oai:nowhere:1", "marc21"));
        assertEquals("idDoesNotExist", e.oaiErrorCode());
        assertNull(e.getCause());
    }

    @Test
    void twoSourcesOnOneHostAreHarvestedTogetherOneRequestAtATime() {
        SourceConfig a = new SourceConfig("a", null, server.url(), null, List.of("zdb"), null, Duration.ZERO, null);
        SourceConfig b = new SourceConfig("b", null, server.url(), null, List.of("bnu"), null, Duration.ZERO, null);
        CollectingSink sink = new CollectingSink();
        List<HarvestResult> results = harvester().harvestAll(List.of(a, b), HarvestOptions.incremental(), sink);
        assertEquals(
                List.of("a", "b"), results.stream().map(HarvestResult::sourceId).toList());
        assertEquals(50, results.get(0).records());
        assertEquals(10, results.get(1).records());
        assertEquals(60, sink.records.size());
        assertEquals(1, server.maxInFlight.get(), "more than one request at a time to one host");
        assertTrue(HarvestResult.summaryOf(results).startsWith("2 sources: records 60, deleted 0, errors 0,"));
    }
}
