package org.colophon.transform.marc;

import static org.colophon.transform.marc.CorpusReadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;

/** ISO 2709 records named after their quirk. */
class Iso2709QuirksTest {

    @Test
    void badLeaderLengthDoesNotSwallowTheRecordsAfterIt() throws IOException {
        List<MarcRecord> recs = CorpusFiles.read(resource("bad_records.mrc")).records();
        assertEquals(8, recs.size());
        assertTrue(recs.get(6).fields().isEmpty(), "record 7 is a bare leader and directory terminator");
        for (MarcRecord r : recs) {
            if (r == recs.get(6)) continue;
            assertEquals("The pragmatic programmer : ", r.first("245").first('a'));
            assertEquals("Andrew Hunt, David Thomas.", r.first("245").first('c'));
        }
    }

    @Test
    void marc8DiacriticsComeOutAsPrecomposedNfc() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("marc8.dat")).records().get(0);
        String note = r.first("500").first('a');
        assertEquals("Translation of De la solitude \u00e0 la communaut\u00e9.", note);
        assertTrue(Normalizer.isNormalized(note, Normalizer.Form.NFC));
    }

    @Test
    void marc8RecordLabelledUtf8IsStillReadAsMarc8() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("marc8_accented_chars.marc"))
                .records()
                .get(0);
        assertEquals('a', r.leaderAt(9));
        assertEquals("Serreau, Genevi\u00e8ve.", r.first("100").first('a'));
    }

    @Test
    void utf8RecordLabelledMarc8IsReadAsUtf8() throws IOException {
        MarcRecord labelled = CorpusFiles.read(resource("utf8_with_leader_flag.dat"))
                .records()
                .get(0);
        MarcRecord unlabelled = CorpusFiles.read(resource("utf8_without_leader_flag.dat"))
                .records()
                .get(0);
        assertEquals(' ', unlabelled.leaderAt(9));
        assertEquals(labelled.fields().toString(), unlabelled.fields().toString());
        assertTrue(labelled.fields().toString().chars().anyMatch(c -> c > 0x7F), "the record has non-ASCII text");
    }

    @Test
    void cjkUtf8880FieldsReadIntactAndMatchTheMarcxmlOfTheSameRecords() throws IOException {
        List<MarcRecord> iso = CorpusFiles.read(resource("test_data.utf8.mrc")).records();
        List<MarcRecord> xml =
                CorpusFiles.read(resource("test_data.utf8.marc.xml")).records();
        assertEquals(30, iso.size());
        for (int i = 0; i < iso.size(); i++) {
            assertEquals(xml.get(i).fields().toString(), iso.get(i).fields().toString(), "record " + (i + 1));
        }
        long cjk880 = iso.stream()
                .flatMap(r -> r.all("880").stream())
                .filter(f -> f.toString()
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertTrue(cjk880 > 0, "CJK 880 fields");
    }

    @Test
    void marc8EaccCjk880FieldsBecomeHanCharacters() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("IRMARC8.bin")).records().get(2);
        Field title = r.all("880").stream()
                .filter(f -> "245-02/$1".equals(f.first('6')))
                .findFirst()
                .orElseThrow();
        assertEquals("\u798f\u7984\u5bff\u559c\u5927\u89c2/", title.first('a'));
    }

    @Test
    void gzippedFileIsReadTransparently() throws IOException {
        List<MarcRecord> plain =
                CorpusFiles.read(resource("test_data.utf8.mrc")).records();
        List<MarcRecord> gz =
                CorpusFiles.read(resource("test_data.utf8.mrc.gz")).records();
        assertEquals(plain.toString(), gz.toString());
    }

    @Test
    void truncatedFileStillGivesItsLastPartialRecord() throws IOException {
        List<MarcRecord> recs = CorpusFiles.read(resource("zdbtitutf8.mrc")).records();
        assertEquals(8, recs.size());
        MarcRecord last = recs.get(7);
        assertTrue(last.fields().size() > 3, "fields read before the cut: " + last);
        assertTrue(last.controlNumber() != null);
    }

    @Test
    void recordWithoutAnyRecordTerminatorIsRead() throws IOException {
        MarcRecord r = CorpusFiles.read(resource("SWB1.marc21")).records().get(0);
        assertEquals("105282650", r.controlNumber());
        assertEquals("1293564-5", r.first("016").first('a'));
    }

    @Test
    void wrongDirectoryOffsetsFallBackToFieldTerminators() throws MarcDecodeException {
        byte[] raw = ("00000nam a2200049 a 4500" + "001000400099" + "245001200099" + "\u001e"
                        + "123\u001e10\u001faTitle\u001e\u001d")
                .getBytes(StandardCharsets.ISO_8859_1);
        MarcRecord r = MarcDecoder.decode(SourceRecord.fromFile("t", "x.mrc#1@0", RecordFormat.MARC21, raw));
        assertEquals("123", r.controlNumber());
        assertEquals("Title", r.first("245").first('a'));
        assertEquals('1', r.first("245").ind1());
    }

    @Test
    void controlCharactersXmlCannotCarryAreStripped() throws MarcDecodeException {
        byte[] raw = ("00000nam a2200037 a 4500" + "245001400000" + "\u001e"
                        + "10\u001faTi\u0001tle\u000b.\u001e\u001d")
                .getBytes(StandardCharsets.ISO_8859_1);
        MarcRecord r = MarcDecoder.decode(SourceRecord.fromFile("t", "x.mrc#1@0", RecordFormat.MARC21, raw));
        assertEquals("Title.", r.first("245").first('a'));
    }

    @Test
    void textThatIsNotARecordIsRejectedNamingTheOffset() {
        byte[] raw = "LDR    00428cgs a2200157 i 4500\n001    005009831\n".getBytes(StandardCharsets.US_ASCII);
        MarcDecodeException e = assertThrows(
                MarcDecodeException.class,
                () -> MarcDecoder.decode(SourceRecord.fromFile("t", "to3#1@0", RecordFormat.MARC21, raw)));
        assertTrue(e.getMessage().startsWith("to3#1@0: "), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset"), e.getMessage());
    }
}
