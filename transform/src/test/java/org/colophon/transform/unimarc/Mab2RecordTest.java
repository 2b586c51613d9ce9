package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: hbz's MABxml record HT016424175 (xbib's test file, OAI-PMH envelope) is MAB2, neither MARC 21 nor
 * UNIMARC. It was read as UNIMARC for its 32 MAB 101 fields (variant forms of the author's name) and converted with
 * UNIMARC's meanings; it is now told apart by its leader (MAB's version {@code M2.0} at 06-09) and quarantined with
 * that reason, in a batch whose other records go through, whatever dialect the run is told.
 */
class Mab2RecordTest {
    static final String MAB2 = "unimarc/hbz-mabxml-HT016424175.xml";
    /** xbib's other MABxml file: MABxml's own form ({@code datei/datensatz/feld}), no leader or MARC element. */
    static final String MABXML = "unimarc/xbib-mabxml-NLM22420274X.xml";

    record Rejected(String locator, String id, String stage, String reason) {}

    record Run(List<String> converted, List<Rejected> quarantined, String dialectLine, Coverage coverage) {}

    private static Run convert(Dialect dialect, String... files) throws Exception {
        Coverage coverage = new Coverage();
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .coverage(coverage)
                .dialect(dialect)
                .build();
        List<Rejected> out = new java.util.concurrent.CopyOnWriteArrayList<>();
        Quarantine q = new Quarantine() {
            @Override
            public void put(SourceRecord record, String stage, String reason) {
                out.add(new Rejected(record.locator(), record.recordId(), stage, reason));
            }

            @Override
            public long count() {
                return out.size();
            }
        };
        List<SourceRecord> records = new ArrayList<>();
        for (String f : files) {
            try (RecordSource src = FileRecordReader.open(TestRecords.resource(f), "lib", null, q)) {
                src.forEachRemaining(records::add);
            }
        }
        List<String> converted = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConversionRun run = new ConversionRun(c, q, 1, null);
        run.run(records.iterator(), r -> converted.add(r.recordId()));
        return new Run(converted, out, run.dialectLine(), coverage);
    }

    @Test
    void theMabRecordIsToldApartByItsOwnStructure() {
        List<MarcRecord> records = TestRecords.read(MAB2);
        assertEquals(1, records.size());
        MarcRecord m = records.get(0);
        assertEquals("M2.0", m.leader().substring(6, 10), m.leader());
        assertEquals(Dialect.MAB2, DialectDetector.detect(m));
        assertTrue(DialectDetector.isMab2(m));
        assertFalse(Dialect.MAB2.isUnimarc());
        assertEquals("HT016424175", DialectDetector.mab2Id(m));
        // the same record with a MARC leader: still MAB2 by its 331 title proper and the lack of a 245 or 200
        MarcRecord leaderless = new MarcRecord("00000nam a2200000 a 4500", m.fields());
        assertEquals(Dialect.MAB2, DialectDetector.detect(leaderless));
    }

    @Test
    void inABatchItIsQuarantinedWithItsReasonAndTheRestGoesThrough() throws Exception {
        Run run = convert(null, "unimarc/pymarc-testunimarc.dat", MAB2, "marc/utf8_with_leader_flag.dat");
        assertEquals(1, run.quarantined().size(), run.quarantined().toString());
        Rejected r = run.quarantined().get(0);
        assertEquals("decode", r.stage());
        assertEquals("HT016424175", r.id());
        assertTrue(r.reason().startsWith("hbz-mabxml-HT016424175.xml#1"), "names the file and record: " + r.reason());
        assertTrue(
                r.reason()
                        .contains("(record HT016424175): MAB2 record: not MARC 21 or UNIMARC (leader/06-09 'M2.0' is"
                                + " MAB's version, title (331) 'Unde quocumque')"),
                r.reason());
        assertEquals(2, run.converted().size(), run.converted().toString());
        assertEquals("dialects: marc21 1, unimarc 1, mab2 1 (detected per record)", run.dialectLine());
        long[] mab = run.coverage().snapshot().get("dialect=mab2");
        assertEquals(1, mab[0], "seen");
        assertEquals(0, mab[1], "never read by a rule");
        assertFalse(run.coverage().snapshot("unimarc").containsKey("331$a"), "no UNIMARC rule saw its fields");
    }

    @Test
    void whateverDialectTheRunIsToldItIsNotConverted() throws Exception {
        for (Dialect d : Arrays.asList(Dialect.UNIMARC, Dialect.CNMARC, Dialect.MARC21)) {
            Run run = convert(d, MAB2);
            assertEquals(List.of(), run.converted(), "read as " + d);
            assertEquals(1, run.quarantined().size(), "read as " + d);
            assertTrue(run.quarantined().get(0).reason().contains("MAB2 record: not MARC 21 or UNIMARC"), d.label());
        }
    }

    @Test
    void mabxmlsOwnFormIsReadAsARecordAndToldApart() {
        // it used to give no record at all: no record, leader, controlfield or datafield element in it
        List<MarcRecord> records = TestRecords.read(MABXML);
        assertEquals(1, records.size());
        MarcRecord m = records.get(0);
        assertEquals("-----nM2.012-----------h", m.leader(), "MAB2's leader from datensatz's status, mabVersion, typ");
        assertTrue(DialectDetector.isMab2(m));
        assertEquals(Dialect.MAB2, DialectDetector.detect(m));
        assertEquals("NLM22420274X", DialectDetector.mab2Id(m));
        assertEquals("Biochemistry", m.first("590").first('a'));
        assertEquals("http://dx.doi.org/10.1021/bi00051a036", m.first("655").first('u'));
        assertEquals('a', m.first("331").ind1());
    }

    @Test
    void theMabxmlRecordIsQuarantinedWithFileRecordAndReason() throws Exception {
        Run run = convert(null, MABXML, "marc/utf8_with_leader_flag.dat");
        assertEquals(1, run.quarantined().size(), run.quarantined().toString());
        Rejected r = run.quarantined().get(0);
        assertEquals("decode", r.stage());
        assertEquals("NLM22420274X", r.id());
        assertTrue(r.reason().startsWith("xbib-mabxml-NLM22420274X.xml#1@"), r.reason());
        assertTrue(
                r.reason()
                        .contains("(record NLM22420274X): MAB2 record: not MARC 21 or UNIMARC (leader/06-09 'M2.0' is"
                                + " MAB's version, title (331) 'Kinetic mechanism of chloramphenicol"
                                + " acetyltransferase: the role of ternary complex interconversion in rate"
                                + " determination'); no rule set reads MAB2, not converted"),
                r.reason());
        assertEquals(1, run.converted().size(), run.converted().toString());
        assertEquals("dialects: marc21 1, mab2 1 (detected per record)", run.dialectLine());
        for (Dialect d : Arrays.asList(Dialect.UNIMARC, Dialect.MARC21)) {
            Run forced = convert(d, MABXML);
            assertEquals(List.of(), forced.converted(), "read as " + d);
            assertEquals(1, forced.quarantined().size(), "read as " + d);
        }
    }

    @Test
    void noRealMarc21OrUnimarcTestRecordIsTakenForMab2() {
        for (String file : List.of(
                "marc/bu_bibs.mrc",
                "marc/zdbtitutf8.mrc",
                "marc/sru_dnb-e9396103-55d6-41c6-984a-bb656304764a.xml",
                "marc/zdb-sru-marcxmlplus.xml",
                "unimarc/periouni-first100.mrc",
                "unimarc/bncf-unimarc-utf8.mrc",
                "unimarc/bnu-cnmarcxml-sru.xml",
                "unimarc/cmarc-tw-pride-and-prejudice.mrc")) {
            var records = TestRecords.read(file);
            assertFalse(records.isEmpty(), file);
            for (var m : records) {
                assertFalse(DialectDetector.isMab2(m), file + " " + m.controlNumber());
                assertTrue(DialectDetector.detect(m) != Dialect.MAB2, file + " " + m.controlNumber());
            }
        }
    }
}
