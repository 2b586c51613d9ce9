package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.internal.CheckpointStore;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real responses recorded by other projects (sickle, Melinda, pyoai, traject), replayed over loopback HTTP. */
class RecordedResponsesTest {
    @TempDir
    Path data;

    final ReplayServer server;

    RecordedResponsesTest() throws Exception {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Harvester harvester() {
        return Harvester.builder()
                .dataDir(data)
                .retries(1, Duration.ofMillis(10))
                .build();
    }

    SourceConfig source(String prefix) {
        return new SourceConfig("rec", null, server.url(), prefix, null, null, Duration.ZERO, null);
    }

    @Test
    void tokenChainWithDeletedRecordsIsFollowedToItsEmptyToken() {
        server.on("oai-pmh/sickle/Identify.xml", "verb", "Identify")
                .on("oai-pmh/sickle/ListMetadataFormats.xml", "verb", "ListMetadataFormats")
                .on("oai-pmh/sickle/ListRecords.xml", "verb", "ListRecords", "metadataPrefix", "oai_dc")
                .on("oai-pmh/sickle/ListRecords2.xml", "resumptionToken", "ListRecords2.xml")
                .on("oai-pmh/sickle/ListRecords3.xml", "resumptionToken", "ListRecords3.xml")
                .on("oai-pmh/traject/oai-pmh-one-record-2.xml", "resumptionToken", "ListRecords4.xml");
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(null), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals("oai_dc", r.prefix());
        assertEquals(4, r.pages());
        assertEquals(
                Set.of(
                        "oai:test.example.com:1585310",
                        "oai:test.example.com:1585322",
                        "oai:sciencehistoryorg:w0892992w"),
                sink.records.keySet());
        SourceRecord gone = sink.records.get("oai:test.example.com:1585310");
        assertTrue(gone.deleted());
        assertEquals(RecordFormat.DUBLIN_CORE, gone.format());
        assertEquals(
                RecordFormat.DUBLIN_CORE,
                sink.records.get("oai:sciencehistoryorg:w0892992w").format());
        assertEquals(3, r.deleted());
        assertEquals(4, r.records());
    }

    @Test
    void dayGranularityFormatsFromAsADate() {
        server.on("oai-pmh/sickle/Identify.xml", "verb", "Identify")
                .on("oai-pmh/sickle/noRecordsMatch.xml", "verb", "ListRecords");
        HarvestResult r = harvester()
                .harvest(
                        source("oai_dc"),
                        new HarvestOptions(Instant.parse("2004-02-10T12:34:56Z"), null, false),
                        new CollectingSink());
        assertTrue(r.ok(), r.summary());
        assertEquals(1, server.count("from", "2004-02-10"));
    }

    @Test
    void secondsGranularityFormatsFromWithTime() {
        server.on("oai-pmh/pyoai/Identify-00001.xml", "verb", "Identify")
                .on("oai-pmh/pyoai/ListRecords-00005.xml", "verb", "ListRecords", "from", "2003-04-10T00:00:00Z");
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester()
                .harvest(
                        source("oai_dc"), new HarvestOptions(Instant.parse("2003-04-10T00:00:00Z"), null, false), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals(16, sink.records.size());
        for (SourceRecord rec : sink.records.values()) {
            assertEquals(RecordFormat.DUBLIN_CORE, rec.format());
            String xml = new String(rec.raw(), StandardCharsets.UTF_8);
            assertTrue(xml.startsWith("<oai_dc:dc "), xml);
            assertTrue(xml.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), xml);
        }
        assertEquals(
                Instant.parse("2003-04-15T10:18:51Z"),
                sink.records.get("hdl:1765/308").datestamp());
    }

    @Test
    void marc21IsChosenOverOaiDcAndItsRecordsAreMarcXml() {
        melinda();
        server.on("oai-pmh/melinda/ListRecords-002.xml", "resumptionToken", "foobar");
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester().harvest(source(null), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary());
        assertEquals("marc21", r.prefix());
        assertEquals(5, sink.records.size());
        sink.records.values().forEach(rec -> assertEquals(RecordFormat.MARCXML, rec.format()));
        String xml = new String(sink.records.get("oai:foo.bar/001234567").raw(), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"), xml);
    }

    @Test
    void expiredSavedTokenRestartsTheListInsteadOfResuming() throws Exception {
        melinda();
        server.on("oai-pmh/melinda/ListRecords-002.xml", "resumptionToken", "foobar");
        Checkpoint interrupted = Checkpoint.empty("rec", null, "marc21")
                .start(null, null, false)
                .afterPage(
                        "foobar",
                        Instant.parse("2000-01-01T00:00:00Z"),
                        Instant.parse("2000-01-01T00:00:00Z"),
                        null,
                        3,
                        0);
        new CheckpointStore(data.resolve("harvest")).save(interrupted);
        HarvestResult r = harvester().harvest(source("marc21"), HarvestOptions.incremental(), new CollectingSink());
        assertTrue(r.ok(), r.summary());
        assertEquals(
                "marc21",
                server.requests.stream()
                        .filter(q -> "ListRecords".equals(q.get("verb")))
                        .findFirst()
                        .orElseThrow()
                        .get("metadataPrefix"));
    }

    @Test
    void tokenRefusedEveryTimeFailsAfterThreeRestarts() {
        melinda();
        server.on("oai-pmh/melinda/ListRecords-013.xml", "resumptionToken", "foobar");
        HarvestResult r = harvester().harvest(source("marc21"), HarvestOptions.incremental(), new CollectingSink());
        assertFalse(r.ok());
        assertEquals(4, server.count("resumptionToken", "foobar"));
        assertTrue(r.failure().contains("answered with OAI-PMH error badResumptionToken"), r.failure());
    }

    @Test
    void noRecordsMatchIsAnEmptySuccessThatMovesTheNextFrom() throws Exception {
        server.on("oai-pmh/sickle/Identify.xml", "verb", "Identify")
                .on("oai-pmh/sickle/noRecordsMatch.xml", "verb", "ListRecords");
        Harvester h = harvester();
        HarvestResult r = h.harvest(source("oai_dc"), HarvestOptions.incremental(), new CollectingSink());
        assertTrue(r.ok(), r.summary());
        assertEquals(0, r.records());
        Checkpoint cp = h.checkpoint("rec", null, "oai_dc");
        assertFalse(cp.inProgress());
        assertEquals(Instant.parse("2002-02-08T14:27:19Z"), cp.lastSuccess());
        h.harvest(source("oai_dc"), HarvestOptions.incremental(), new CollectingSink());
        assertEquals(1, server.count("from", "2002-02-08"));
    }

    @Test
    void otherErrorCodesFailTheSourceWithOneLine() {
        for (String code : List.of("badArgument", "cannotDisseminateFormat", "undefinedError")) {
            try (ReplayServer s = new ReplayServer()) {
                s.on("oai-pmh/sickle/Identify.xml", "verb", "Identify")
                        .on("oai-pmh/sickle/" + code + ".xml", "verb", "ListRecords");
                SourceConfig src = new SourceConfig("rec", null, s.url(), "oai_dc", null, null, Duration.ZERO, null);
                HarvestResult r = harvester().harvest(src, HarvestOptions.incremental(), new CollectingSink());
                assertFalse(r.ok(), code);
                assertTrue(
                        r.failure().startsWith("ListRecords (rec oai_dc) answered with OAI-PMH error " + code),
                        r.failure());
                assertFalse(r.failure().contains("\n"), r.failure());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void getRecordReadsMarcAndNamesAnUnknownIdentifier() {
        server.on("oai-pmh/melinda/GetRecord-004.xml", "verb", "GetRecord", "identifier", "oai:foo.bar/1234567")
                .on("oai-pmh/sickle/idDoesNotExist.xml", "verb", "GetRecord");
        SourceRecord r = harvester().getRecord(source("marc21"), "oai:foo.bar/1234567", "marc21");
        assertEquals(RecordFormat.MARCXML, r.format());
        assertNotNull(r.datestamp());
        HarvestException e = assertThrows(
                HarvestException.class, () -> harvester().getRecord(source("marc21"), "oai:x:none", "marc21"));
        assertEquals("idDoesNotExist", e.oaiErrorCode());
    }

    @Test
    void setsAreListedAndNoSetHierarchyIsNoSets() {
        server.on("oai-pmh/sickle/ListSets.xml", "verb", "ListSets");
        assertEquals(131, harvester().listSets(source(null)).size());
        try (ReplayServer s = new ReplayServer()) {
            s.on("oai-pmh/sickle/noSetHierarchy.xml", "verb", "ListSets");
            assertEquals(
                    List.of(),
                    harvester().listSets(new SourceConfig("x", null, s.url(), null, null, null, Duration.ZERO, null)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void httpNotFoundFailsAtOnce() {
        server.status(404, "verb", "Identify");
        HarvestResult r = harvester().harvest(source("marc21"), HarvestOptions.incremental(), new CollectingSink());
        assertTrue(r.failure().startsWith("HTTP 404 from " + server.url()), r.failure());
        assertEquals(1, server.requests.size());
    }

    @Test
    void aSourceOfferingNeitherMarcNorDublinCoreIsRefused() {
        server.on("oai-pmh/melinda/Identify-002.xml", "verb", "Identify")
                .on("oai-pmh/sickle/badArgument.xml", "verb", "ListMetadataFormats");
        HarvestResult r = harvester().harvest(source(null), HarvestOptions.incremental(), new CollectingSink());
        assertTrue(r.failure().startsWith("ListMetadataFormats answered with OAI-PMH error badArgument"), r.failure());
    }

    private void melinda() {
        server.on("oai-pmh/melinda/Identify-002.xml", "verb", "Identify")
                .on("oai-pmh/melinda/ListMetadataFormats-01.xml", "verb", "ListMetadataFormats")
                .on("oai-pmh/melinda/ListRecords-011.xml", "verb", "ListRecords", "metadataPrefix", "marc21");
    }
}
