package org.colophon.transform.unimarc;

import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * Tells a UNIMARC record from a MARC 21 one by what each format requires: UNIMARC has a 200 title field, a 100
 * field whose {@code $a} is 36 characters of coded data starting with an 8-digit date, 101 languages and 801
 * record sources; MARC 21 has 245, a 40-character 008 and names in 100. Within UNIMARC, a record is CNMARC when it
 * names China as its source (801 {@code $a CN}) or carries the Chinese national fields (690 CLC, pinyin in
 * uppercase subfields next to the text); RUSMARC when 801 {@code $a} names Russia.
 */
public final class DialectDetector {
    private DialectDetector() {}

    /** The record's dialect, read from its fields alone. */
    public static Dialect detect(MarcRecord r) {
        int unimarc = 0;
        int marc21 = 0;
        for (Field f : r.fields()) {
            switch (f.tag()) {
                case "245" -> marc21 += 3;
                case "008" -> marc21 += f.isControl() && f.data().length() >= 38 ? 2 : 0;
                case "040" -> marc21 += 1;
                case "200" -> unimarc += f.isControl() ? 0 : 2;
                case "100" -> {
                    if (codedData100(f)) unimarc += 3;
                    else if (!f.isControl()) marc21 += 1;
                }
                case "101", "801" -> unimarc += 1;
                default -> {}
            }
        }
        return unimarc > marc21 ? profile(r) : Dialect.MARC21;
    }

    /** Which UNIMARC profile a UNIMARC record follows: CNMARC, RUSMARC or plain UNIMARC. */
    public static Dialect profile(MarcRecord r) {
        boolean chinese = false;
        for (Field f : r.fields()) {
            if (f.isControl()) continue;
            switch (f.tag()) {
                case "801" -> {
                    String country = f.first('a');
                    if (country != null) {
                        String c = country.strip().toUpperCase(java.util.Locale.ROOT);
                        if (c.equals("CN")) return Dialect.CNMARC;
                        if (c.equals("RU") || c.equals("SU")) return Dialect.RUSMARC;
                    }
                }
                case "690" -> chinese = true;
                case "200" -> chinese |= f.has('A') || f.has('9');
                default -> {}
            }
        }
        return chinese ? Dialect.CNMARC : Dialect.UNIMARC;
    }

    /** 100 $a as UNIMARC has it: at least 26 characters, the first 8 a date (or blanks), then a date type. */
    static boolean codedData100(Field f) {
        if (f.isControl()) return false;
        String a = f.first('a');
        if (a == null || a.length() < 26) return false;
        for (int i = 0; i < 8; i++) {
            char c = a.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ' ' && c != '|') return false;
        }
        return "abcdefghijkux|".indexOf(a.charAt(8)) >= 0;
    }
}
