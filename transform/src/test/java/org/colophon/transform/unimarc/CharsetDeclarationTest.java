package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.colophon.record.RecordFormat;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.junit.jupiter.api.Test;

/**
 * The character set of a UNIMARC record in ISO 2709 comes from its 100 $a/26-29 and is checked against the bytes.
 * These records are synthetic (no real ISO 5426, KOI8-R or GB 18030 record is in the shared corpus): built byte by
 * byte from the UNIMARC manual's 100 field layout.
 */
class CharsetDeclarationTest {

    private static MarcRecord decode(UnimarcBytes b) throws Exception {
        return DialectDecoder.decode(b.record(RecordFormat.MARC21), null).record();
    }

    private static UnimarcBytes record(Charset cs, String charsets, String title) {
        return new UnimarcBytes(cs)
                .control("001", "synthetic-charset")
                .field("100", "  ", "a", UnimarcBytes.coded100(charsets))
                .field("101", "0 ", "a", "rus")
                .field("200", "1 ", "a", title)
                .field("801", " 0", "a", "RU", "b", "RuMoRGB");
    }

    @Test
    void koi8rDeclaredAsKoi8rIsKoi8r() throws Exception {
        MarcRecord r = decode(record(Charset.forName("KOI8-R"), "0199", "Война и мир"));
        assertEquals("Война и мир", r.first("200").first('a'));
        assertFalse(r.repairs().contains(Repair.CHARSET_LABEL));
    }

    @Test
    void koi8rDeclaredAsCp866IsReadAsKoi8rAndRepaired() throws Exception {
        MarcRecord r = decode(record(Charset.forName("KOI8-R"), "0179", "Война и мир: роман в четырёх томах"));
        assertEquals("Война и мир: роман в четырёх томах", r.first("200").first('a'));
        assertTrue(r.repairs().contains(Repair.CHARSET_LABEL));
    }

    @Test
    void windows1251AndCp866AreToldApart() throws Exception {
        assertEquals(
                "Преступление и наказание",
                decode(record(Charset.forName("windows-1251"), "01  ", "Преступление и наказание"))
                        .first("200")
                        .first('a'));
        assertEquals(
                "Преступление и наказание",
                decode(record(Charset.forName("IBM866"), "50  ", "Преступление и наказание"))
                        .first("200")
                        .first('a'));
    }

    @Test
    void utf8DeclaredAsIso5426IsUtf8() throws Exception {
        MarcRecord r = decode(record(StandardCharsets.UTF_8, "0103", "Ἰλιάς — Илиада"));
        assertEquals("Ἰλιάς — Илиада", r.first("200").first('a'));
        assertTrue(r.repairs().contains(Repair.CHARSET_LABEL));
    }

    @Test
    void iso5426DiacriticsPrecedeTheirLetter() throws Exception {
        // ISO 5426: 0xC2 is the acute accent, 0xC1 the grave, written before the letter they go on
        byte[] title = {'L', 'e', 's', ' ', 'v', (byte) 0xC2, 'e', 'r', 'i', 't', (byte) 0xC2, 'e', 's'};
        UnimarcBytes b = new UnimarcBytes(StandardCharsets.US_ASCII)
                .control("001", "synthetic-iso5426")
                .field("100", "  ", "a", UnimarcBytes.coded100("0103"))
                .rawField("200", "1 ", 'a', title)
                .field("801", " 0", "a", "FR", "b", "BnF");
        MarcRecord r = decode(b);
        assertEquals("Les vérités", r.first("200").first('a'));
        assertFalse(r.repairs().contains(Repair.CHARSET_LABEL));
    }

    @Test
    void gb18030IsReadForCnmarcThatIsNotUtf8() throws Exception {
        MarcRecord r = decode(new UnimarcBytes(Charset.forName("GB18030"))
                .control("001", "synthetic-gb")
                .field("100", "  ", "a", UnimarcBytes.coded100("0120"))
                .field("101", "0 ", "a", "chi")
                .field("200", "1 ", "a", "中国发展报告", "A", "Zhong Guo Fa Zhan Bao Gao")
                .field("801", " 0", "a", "CN", "b", "NLC"));
        assertEquals("中国发展报告", r.first("880").first('a'));
        assertEquals("Zhong Guo Fa Zhan Bao Gao", r.first("200").first('a'));
    }

    @Test
    void iso6937DeclaredAsIso5426IsReadAsIso6937() throws Exception {
        // ISO 6937 (no 100 code names it, so the record says ISO 5426, 03): 0xCB is its cedilla, 0xC2 the acute;
        // read as ISO 5426, 0xCB would be a comma above ("Franc̕ais")
        byte[] title = {
            'L', 'e', ' ', 'f', 'r', 'a', 'n', (byte) 0xCB, 'c', 'a', 'i', 's', ' ', 'd', (byte) 0xC2, 'e', 'j', 'a'
        };
        UnimarcBytes b = new UnimarcBytes(StandardCharsets.US_ASCII)
                .control("001", "synthetic-iso6937")
                .field("100", "  ", "a", UnimarcBytes.coded100("0103"))
                .rawField("200", "1 ", 'a', title)
                .field("801", " 0", "a", "FR", "b", "BnF");
        MarcRecord r = decode(b);
        assertEquals("Le français déja", r.first("200").first('a'));
        assertTrue(r.repairs().contains(Repair.CHARSET_LABEL), "the ISO 5426 declaration was overruled");
    }

    @Test
    void iso5426WithItsOwnCedillaStaysIso5426() throws Exception {
        // the same words in ISO 5426: its cedilla is 0xD0
        byte[] title = {'L', 'e', ' ', 'f', 'r', 'a', 'n', (byte) 0xD0, 'c', 'a', 'i', 's'};
        MarcRecord r = decode(new UnimarcBytes(StandardCharsets.US_ASCII)
                .control("001", "synthetic-iso5426-cedilla")
                .field("100", "  ", "a", UnimarcBytes.coded100("0103"))
                .rawField("200", "1 ", 'a', title)
                .field("801", " 0", "a", "FR", "b", "BnF"));
        assertEquals("Le français", r.first("200").first('a'));
        assertFalse(r.repairs().contains(Repair.CHARSET_LABEL));
    }
}
