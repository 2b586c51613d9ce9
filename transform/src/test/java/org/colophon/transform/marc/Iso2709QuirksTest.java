package org.colophon.transform.marc;

import static org.colophon.transform.marc.CorpusReadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
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
    void doubleEncodedUtf8TitleIsRepaired() throws IOException {
        // Boston University record 45: UTF-8 read as Latin-1 and written as UTF-8, twice ("TheÃ\u008cÂ\u0081aÃ...")
        MarcRecord r = CorpusFiles.read(resource("double-encoded-utf8-twice.mrc"))
                .records()
                .get(0);
        assertEquals(
                "Th\u00e9\u00e2tre, litt\u00e9rature et soci\u00e9t\u00e9 au Moyen \u00c2ge /",
                r.first("245").first('a'));
        assertEquals("Accarie, Maurice.", r.first("100").first('a'));
        assertTrue(r.repairs().contains(Repair.DOUBLE_ENCODED_UTF8), r.repairs()::toString);
        assertTrue(r.repairs().contains(Repair.CHARSET_LABEL), "leader/09 says MARC-8, the bytes are UTF-8");
        assertTrue(Normalizer.isNormalized(r.first("245").first('a'), Normalizer.Form.NFC));
        assertTrue(
                r.fields().toString().chars().noneMatch(c -> c >= 0x80 && c <= 0x9F),
                "no C1 control characters left: " + r);
    }

    @Test
    void strayFieldTerminatorsDoNotShiftTheTagsOfTheFieldsAfterThem() throws IOException {
        // Boston University record 31: 33 directory entries, 44 field terminators in the data
        MarcRecord r = CorpusFiles.read(resource("stray-field-terminators.mrc"))
                .records()
                .get(0);
        assertEquals(
                Set.of(Repair.CHARSET_LABEL, Repair.DOUBLE_ENCODED_UTF8, Repair.DIRECTORY, Repair.STRAY_TERMINATOR),
                r.repairs());
        assertEquals(33, r.fields().size(), "one field per directory entry");
        List<Field> subjects = r.all("650");
        assertEquals(
                List.of("Art, Modern", "Art, Modern", "Art, Modern", "Utopias in art.", "Art", "Disappointment."),
                subjects.stream().map(f -> f.first('a')).toList());
        assertTrue(subjects.stream().allMatch(f -> f.ind2() == '0'), "LCSH headings keep their indicator");
        assertEquals("21st century", subjects.get(2).first('y'));
        // the bytes after a stray terminator stay with the field before: the heading's id is whole again
        assertEquals(
                "http://id.loc.gov/authorities/subjects/sh2007101464",
                subjects.get(1).all('0').get(0).strip());
        assertEquals("c2004.", r.first("260").first('c'));
        assertEquals(
                "Fundaci\u00f3 Joan Mir\u00f3 (Barcelona, Spain)",
                r.first("610").first('a'));
        assertEquals("Universal Forum of", r.first("711").first('a').strip());
        assertEquals("(1st :", r.first("711").first('n'));
    }

    @Test
    void fieldsTheDirectoryCannotAccountForAreRejectedWithTheReason() throws IOException {
        // a real record (Boston University record 1) with one field terminator put into its 245
        byte[] real = Files.readAllBytes(resource("bu_bibs.mrc"));
        int end = 0;
        while (real[end] != 0x1D) end++;
        String text = new String(real, 0, end + 1, StandardCharsets.ISO_8859_1);
        int title = text.indexOf("\u001faAmerica without") + 10;
        byte[] raw =
                (text.substring(0, title) + "\u001e" + text.substring(title)).getBytes(StandardCharsets.ISO_8859_1);
        MarcDecodeException e = assertThrows(
                MarcDecodeException.class,
                () -> MarcDecoder.decode(SourceRecord.fromFile("t", "bu.mrc#1@0", RecordFormat.MARC21, raw)));
        assertTrue(
                e.getMessage().matches("bu\\.mrc#1@0: the directory lists (\\d+) fields but the data holds \\d+, .*"),
                e.getMessage());
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
