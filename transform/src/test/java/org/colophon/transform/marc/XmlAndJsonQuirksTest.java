package org.colophon.transform.marc;

import static org.colophon.transform.marc.CorpusReadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MARCXML and MARC-in-JSON records named after their quirk. */
class XmlAndJsonQuirksTest {

    @Test
    void sruWrappedRecordsAreUnwrappedIntoStandaloneMarcxml() throws IOException {
        List<SourceRecord> raw = readAll(resource("sample_marcxml_sru.xml"), new ArrayList<>());
        assertEquals(10, raw.size());
        String first = new String(raw.get(0).raw(), StandardCharsets.UTF_8);
        assertTrue(first.startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\""), first);
        assertFalse(first.contains("recordSchema"), first);
        assertEquals("sample_marcxml_sru.xml#1@", raw.get(0).locator().replaceAll("@.*", "@"));
        MarcRecord r =
                CorpusFiles.read(resource("sample_marcxml_sru.xml")).records().get(0);
        assertEquals("9911676899703961", r.controlNumber());
        assertEquals(
                "\u00b7\u9644\u5f55\u00b7 \u201c\u4e2d\u56fd\u8fd1\u4ee3\u53f2\u4e0a\u7684\u6c11\u65cf\u4e3b\u4e49\u201d"
                        + "\u56fd\u9645\u5b66\u672f\u7814\u8ba8\u4f1a\u7efc\u8ff0",
                r.first("245").first('a'));
    }

    @Test
    void sruResponseWithCollectionsGivesEveryHoldingsAndTitleRecord() throws IOException {
        List<MarcRecord> recs =
                CorpusFiles.read(resource("zdb-sru-marcxmlplus.xml")).records();
        assertEquals(24, recs.size());
        assertEquals("273652109", recs.get(0).controlNumber());
        assertEquals('y', recs.get(0).leaderAt(6));
    }

    @Test
    void cjk880FieldsInMarcxmlReadIntact() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("marc2bibframe2-880-100-600-700-700t.xml"))
                .records()
                .get(0);
        assertTrue(r.all("880").stream().anyMatch(f -> f.toString()
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
    }

    @Test
    void indicatorlessDatafieldsAndMisnamedSubfieldsAreRepaired() throws MarcDecodeException {
        String xml = "<marc:record xmlns:marc='http://www.loc.gov/MARC21/slim'><marc:leader>00714cam a2200205 a 4500"
                + "</marc:leader><marc:controlfield>20041229190604.0</marc:controlfield>"
                + "<marc:datafield tag='020'><marc:subfields code='a'>0679450041</marc:subfields></marc:datafield>"
                + "<marc:datafield tag='245' ind1='1' ind2=''><marc:subfield code='a'>Summerland /</marc:subfield>"
                + "</marc:datafield></marc:record>";
        MarcRecord r = MarcDecoder.decode(
                SourceRecord.fromFile("t", "x.xml#1@0", RecordFormat.MARCXML, xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("???", r.fields().get(0).tag());
        assertEquals("20041229190604.0", r.fields().get(0).data());
        assertEquals(' ', r.first("020").ind1());
        assertEquals("0679450041", r.first("020").first('a'));
        assertEquals(' ', r.first("245").ind2());
    }

    @Test
    void marcInJsonVariantWithTagAndValueKeysIsRead() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("natlibfi-out-custom-validators.json"))
                .records()
                .get(0);
        assertEquals("01269cja a22003734i 4500", r.leader());
        assertEquals("006958992", r.controlNumber());
        assertEquals("0014-59760", r.first("035").first('a'));
    }

    @Test
    void illegalJsonIsQuarantinedWithItsPositionAfterTheGoodRecordsBeforeIt() throws IOException {
        List<String> reasons = new ArrayList<>();
        Quarantine q = recording(reasons);
        List<SourceRecord> raw = new ArrayList<>();
        try (RecordSource s = FileRecordReader.open(resource("illegal-marc-in-json.json"), "t", null, q)) {
            s.forEachRemaining(raw::add);
        }
        assertEquals(1, raw.size());
        assertEquals("good-1", decode(raw.get(0)).controlNumber());
        assertEquals(1, reasons.size());
        assertTrue(
                reasons.get(0).contains("illegal-marc-in-json.json: JSON not well-formed at line 3"), reasons.get(0));
        assertTrue(reasons.get(0).contains("record 2"), reasons.get(0));
    }

    @Test
    void xmlBrokenMidwayGivesTheRecordsBeforeTheBreakAndQuarantinesTheRest(@TempDir Path dir) throws IOException {
        String rec =
                "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag='001'>%s</controlfield></record>\n";
        Path f = dir.resolve("broken.xml");
        Files.writeString(
                f,
                "<collection>\n" + rec.formatted("r1") + rec.formatted("r2")
                        + "<record><leader>x</leader><controlfield tag='001'>r3</controlfield>\n</collection>\n"
                        + rec.formatted("r4"));
        List<String> reasons = new ArrayList<>();
        List<SourceRecord> raw = new ArrayList<>();
        try (RecordSource s = FileRecordReader.open(f, "t", null, recording(reasons))) {
            s.forEachRemaining(raw::add);
        }
        assertEquals(
                List.of("r1", "r2"),
                raw.stream().map(r -> decode(r).controlNumber()).toList());
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("broken.xml: XML not well-formed at line 5"), reasons.get(0));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE record [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>\n"
                + "<record xmlns='http://www.loc.gov/MARC21/slim'><leader>00000nam a2200000 a 4500</leader>"
                + "<datafield tag='245' ind1='0' ind2='0'><subfield code='a'>&xxe;</subfield></datafield></record>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        try {
            MarcRecord r = MarcDecoder.decode(SourceRecord.fromFile("t", "xxe.xml#1@0", RecordFormat.MARCXML, bytes));
            assertFalse(r.toString().contains("TOP-SECRET"), r.toString());
        } catch (MarcDecodeException expected) {
            assertFalse(expected.getMessage().contains("TOP-SECRET"), expected.getMessage());
        }
        Path f = dir.resolve("xxe.xml");
        Files.write(f, bytes);
        List<String> reasons = new ArrayList<>();
        List<SourceRecord> raw = new ArrayList<>();
        try (RecordSource s = FileRecordReader.open(f, "t", null, recording(reasons))) {
            s.forEachRemaining(raw::add);
        }
        for (SourceRecord r : raw) assertFalse(new String(r.raw(), StandardCharsets.UTF_8).contains("TOP-SECRET"));
        for (String reason : reasons) assertFalse(reason.contains("TOP-SECRET"), reason);
    }

    private static MarcRecord decode(SourceRecord r) {
        try {
            return MarcDecoder.decode(r);
        } catch (MarcDecodeException e) {
            throw new AssertionError(e);
        }
    }

    private static List<SourceRecord> readAll(Path f, List<SourceRecord> out) throws IOException {
        try (RecordSource s = FileRecordReader.open(f, "t", null, Quarantine.counting())) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    private static Quarantine recording(List<String> reasons) {
        return new Quarantine() {
            @Override
            public void put(SourceRecord record, String stage, String reason) {
                reasons.add(reason);
            }

            @Override
            public long count() {
                return reasons.size();
            }
        };
    }
}
