package org.colophon.transform.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.RuleSet;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole Dublin Core records through the run: shapes, determinism, identity, hostile XML. */
class DublinCoreConversionTest {

    private static List<ConversionRun.Converted> run(List<SourceRecord> records, int threads, Quarantine q) {
        List<ConversionRun.Converted> out = new ArrayList<>();
        new ConversionRun(DcConverted.CONVERTER, q, threads, null).run(records.iterator(), out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dc/traject-sample-oai-pmh.xml",
                "dc/pyoai-eur-ListRecords.xml",
                "dc/sickle-ListRecords.xml",
                "dc/http-oai-perl-getrecord.xml"
            })
    void convertedDublinCoreRecordsConformToTheShapes(String file) {
        List<SourceRecord> live = OaiDcFiles.live(file);
        Quarantine q = Quarantine.counting();
        List<ConversionRun.Converted> converted = run(OaiDcFiles.read(file, "lib"), 1, q);
        assertEquals(live.size(), converted.size(), "every live record with a title is converted");
        assertEquals(0, q.count());
        List<String> failures = new ArrayList<>();
        for (ConversionRun.Converted c : converted) {
            Graph g = GraphFactory.createDefaultGraph();
            c.triples().forEach(g::add);
            ValidationReport report = ShaclValidator.get().validate(org.colophon.vocab.Shapes.bibframe(), g);
            report.getEntries().forEach(e -> failures.add(c.recordId() + ": " + e.message()));
        }
        assertTrue(failures.isEmpty(), failures.size() + " violations in " + file + ": " + failures);
    }

    @Test
    void sameRecordsTwiceGiveIsomorphicGraphs() {
        List<SourceRecord> records = OaiDcFiles.live("dc/pyoai-eur-ListRecords.xml");
        List<ConversionRun.Converted> first = run(records, 1, Quarantine.counting());
        List<ConversionRun.Converted> second = run(records, 2, Quarantine.counting());
        assertEquals(16, first.size());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            Graph a = GraphFactory.createDefaultGraph();
            Graph b = GraphFactory.createDefaultGraph();
            first.get(i).triples().forEach(a::add);
            second.get(i).triples().forEach(b::add);
            assertEquals(first.get(i).graphIri(), second.get(i).graphIri());
            assertTrue(a.isIsomorphicWith(b), first.get(i).recordId() + " differs between two conversions");
        }
    }

    @Test
    void aRecordWithoutTitleIsQuarantinedNamingTheRecord() {
        SourceRecord r = OaiDcFiles.live("dc/traject-sample-oai-pmh.xml").get(1);
        String raw = new String(r.raw(), StandardCharsets.UTF_8).replaceAll("<dc:title>[^<]*</dc:title>", "");
        List<String> reasons = new ArrayList<>();
        Quarantine q = quarantine(reasons);
        assertEquals(0, run(List.of(withRaw(r, raw)), 1, q).size());
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("oai:sciencehistoryorg:fq977t769"), reasons.get(0));
        assertTrue(reasons.get(0).contains("no dc:title"), reasons.get(0));
    }

    @Test
    void brokenXmlIsQuarantinedAtDecode() {
        SourceRecord r = OaiDcFiles.live("dc/traject-sample-oai-pmh.xml").get(1);
        String raw = new String(r.raw(), StandardCharsets.UTF_8).replace("</dc:title>", "");
        List<String> reasons = new ArrayList<>();
        assertEquals(0, run(List.of(withRaw(r, raw)), 1, quarantine(reasons)).size());
        assertTrue(reasons.get(0).startsWith("decode: "), reasons.get(0));
        assertTrue(reasons.get(0).contains(r.locator()), reasons.get(0));
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE dc [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Leak &x;</dc:title></oai_dc:dc>";
        SourceRecord r = new SourceRecord(
                "lib", "xxe", "xxe.xml#1", null, false, RecordFormat.DUBLIN_CORE, xxe.getBytes(StandardCharsets.UTF_8));
        List<String> reasons = new ArrayList<>();
        List<ConversionRun.Converted> out = run(List.of(r), 1, quarantine(reasons));
        for (ConversionRun.Converted c : out)
            c.triples().forEach(t -> assertFalse(t.toString().contains("TOP-SECRET"), t.toString()));
        assertFalse(reasons.stream().anyMatch(s -> s.contains("TOP-SECRET")));
        assertThrows(DcDecodeException.class, () -> DcDecoder.decode(r));
    }

    @Test
    void marcRecordsStillGoThroughTheMarcRules() throws IOException {
        Converter c = Converter.builder().lookup(VocabularyLookup.get()).build();
        assertTrue(c.mappingVersion().startsWith(RuleSet.marc21().version() + "+"), c.mappingVersion());
        assertTrue(c.mappingVersion().endsWith("+" + RuleSet.dublinCore().version()), c.mappingVersion());
        assertEquals(RuleSet.dublinCore().version(), c.mappingVersion(RecordFormat.DUBLIN_CORE));
        assertEquals(RuleSet.marc21().version(), c.mappingVersion(RecordFormat.MARCXML));
        assertEquals(RuleSet.Schema.DUBLIN_CORE, RuleSet.dublinCore().schema());
        assertEquals(RuleSet.Schema.MARC21, RuleSet.marc21().schema());
    }

    private static SourceRecord withRaw(SourceRecord r, String raw) {
        return new SourceRecord(
                r.sourceId(), r.recordId(), r.locator(), null, false, r.format(), raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Quarantine quarantine(List<String> reasons) {
        Quarantine counting = Quarantine.counting();
        return new Quarantine() {
            @Override
            public void put(SourceRecord record, String stage, String reason) {
                counting.put(record, stage, reason);
                reasons.add(stage + ": " + reason);
            }

            @Override
            public long count() {
                return counting.count();
            }
        };
    }
}
