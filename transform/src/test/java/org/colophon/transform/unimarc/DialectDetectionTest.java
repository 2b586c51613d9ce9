package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.Repair;
import org.junit.jupiter.api.Test;

/** Each record's dialect is told from its own structure; a file's format never decides it alone. */
class DialectDetectionTest {

    static List<DialectDecoder.Decoded> decode(String resource, RecordFormat format, Dialect forced)
            throws IOException, MarcDecodeException {
        List<DialectDecoder.Decoded> out = new ArrayList<>();
        try (RecordSource src =
                FileRecordReader.open(TestRecords.resource(resource), "test", format, Quarantine.counting())) {
            while (src.hasNext()) {
                SourceRecord r = src.next();
                out.add(DialectDecoder.decode(r, forced));
            }
        }
        return out;
    }

    private static List<Dialect> dialects(String resource) throws Exception {
        return decode(resource, null, null).stream()
                .map(DialectDecoder.Decoded::dialect)
                .toList();
    }

    @Test
    void italianUnimarcInIso2709IsUnimarc() throws Exception {
        assertEquals(
                List.of(Dialect.UNIMARC, Dialect.UNIMARC, Dialect.UNIMARC, Dialect.UNIMARC, Dialect.UNIMARC),
                dialects("unimarc/bncf-unimarc-utf8.mrc"));
        assertEquals(List.of(Dialect.UNIMARC), dialects("unimarc/pymarc-testunimarc.dat"));
    }

    @Test
    void frenchSerialsAreUnimarc() throws Exception {
        List<Dialect> d = dialects("unimarc/periouni-first100.mrc");
        assertEquals(100, d.size());
        assertTrue(d.stream().allMatch(x -> x == Dialect.UNIMARC), d.toString());
    }

    @Test
    void beijingNormalUniversityRecordsAreCnmarcInEveryEnvelope() throws Exception {
        for (String f : List.of(
                "unimarc/bnu-cnmarcxml-sru.xml", "unimarc/bnu-unimarcxml-sru.xml", "unimarc/bnu-kormarcxml-sru.xml")) {
            List<Dialect> d = dialects(f);
            assertEquals(6, d.size(), f);
            assertTrue(d.stream().allMatch(x -> x == Dialect.CNMARC), f + ": " + d);
        }
    }

    @Test
    void cnmarcInAnOaiPmhEnvelopeIsFoundAndDetected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        // the envelope is written here around the real BNU records: no OAI-PMH UNIMARC response is in the corpus
        String sru = java.nio.file.Files.readString(
                TestRecords.resource("unimarc/bnu-unimarcxml-sru.xml"), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder oai = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<record xmlns=\"info:srw/schema/8/unimarcxml-v0.1\">.*?</record>",
                        java.util.regex.Pattern.DOTALL)
                .matcher(sru);
        int n = 0;
        while (m.find()) {
            oai.append("<record><header><identifier>oai:bnu:")
                    .append(++n)
                    .append("</identifier></header><metadata>")
                    .append(m.group())
                    .append("</metadata></record>");
        }
        oai.append("</ListRecords></OAI-PMH>");
        java.nio.file.Path f = tmp.resolve("oai-unimarc.xml");
        java.nio.file.Files.writeString(f, oai, java.nio.charset.StandardCharsets.UTF_8);
        List<Dialect> d = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(f, "test", null, Quarantine.counting())) {
            while (src.hasNext()) d.add(DialectDecoder.decode(src.next(), null).dialect());
        }
        assertEquals(6, n);
        assertEquals(java.util.Collections.nCopies(6, Dialect.CNMARC), d);
    }

    @Test
    void marc21RecordsStayMarc21() throws Exception {
        for (String f : List.of("marc/test_data.utf8.mrc", "marc/bu_bibs.mrc", "marc/sample_marcxml_sru.xml")) {
            List<Dialect> d = dialects(f);
            assertFalse(d.isEmpty(), f);
            assertTrue(d.stream().allMatch(x -> x == Dialect.MARC21), f + ": " + d);
        }
    }

    @Test
    void forcingMarc21ReadsUnimarcAsMarc21AndForcingUnimarcReadsTheOther() throws Exception {
        assertTrue(decode("unimarc/bncf-unimarc-utf8.mrc", null, Dialect.MARC21).stream()
                .allMatch(x -> x.dialect() == Dialect.MARC21));
        assertTrue(
                decode("unimarc/bnu-cnmarcxml-sru.xml", null, Dialect.UNIMARC).stream()
                        .allMatch(x -> x.dialect() == Dialect.CNMARC),
                "the CNMARC profile is still told within UNIMARC");
        assertTrue(decode("unimarc/bncf-unimarc-utf8.mrc", RecordFormat.UNIMARC, Dialect.CNMARC).stream()
                .allMatch(x -> x.dialect() == Dialect.CNMARC));
    }

    @Test
    void nonSortingMarkersAreDroppedFromTitles() throws Exception {
        var r = decode("unimarc/pymarc-testunimarc.dat", null, null).get(0).record();
        assertEquals("L'altra faccia della spirale", r.first("200").first('a'));
        var b = decode("unimarc/bncf-unimarc-utf8.mrc", null, null).get(0).record();
        assertEquals("Lo Stato innovatore", b.first("200").first('a'));
    }

    @Test
    void utf8BytesDeclaredAsIso646AreReadAsUtf8AndTheDeclarationCountsAsRepaired() throws Exception {
        var decoded = decode("unimarc/periouni-first100.mrc", null, null);
        var first = decoded.get(0).record();
        assertEquals(
                "Combined statement of receipts, outlays, and balances of the United States government",
                first.first("200").first('a'));
        assertEquals("[Ressource électronique]", first.first("200").first('b'));
        assertTrue(first.repairs().contains(Repair.CHARSET_LABEL), "100 $a/26-29 says 01 (ISO 646)");
        long ascii = decoded.stream()
                .filter(d -> !d.record().repairs().contains(Repair.CHARSET_LABEL))
                .count();
        assertTrue(ascii > 0 && ascii < 100, "records with only ASCII text need no repair: " + ascii);
    }

    @Test
    void cnmarcPinyinIsPairedWithTheChineseItRomanizes() throws Exception {
        var r = decode("unimarc/bnu-cnmarcxml-sru.xml", null, null).get(0).record();
        assertEquals("'94Zhong Guo Fa Zhan Bao Gao", r.first("200").first('a'));
        assertEquals("880-01", r.first("200").first('6'));
        assertEquals("'94中国发展报告", r.first("880").first('a'));
        assertEquals("200-01/$1", r.first("880").first('6'));
        assertFalse(r.first("200").has('A'), "the pinyin stands in for the text, not beside it");
    }

    @Test
    void aCyrillicRecordWithoutDeclarationIsReadAsCp866WhenForcedToRusmarc() throws Exception {
        var r = decode("unimarc/cp866-undeclared.marc", null, Dialect.RUSMARC)
                .get(0)
                .record();
        assertEquals("Никитенко Е. А.", r.controlNumber());
        assertEquals("Междунар. новости мира пластмасс", r.control("003"));
    }
}
