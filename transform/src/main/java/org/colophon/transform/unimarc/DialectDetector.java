package org.colophon.transform.unimarc;

import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * Tells a UNIMARC record from a MARC 21 one by what each format requires: UNIMARC has a 200 title field, a 100
 * field whose {@code $a} is 36 characters of coded data starting with an 8-digit date, 101 languages and 801
 * record sources; MARC 21 has 245, a 40-character 008 and names in 100. Within UNIMARC, a record is CNMARC when it
 * names China as its source (801 {@code $a CN}) or carries the Chinese national fields (690 CLC, pinyin in
 * uppercase subfields next to the text); RUSMARC when 801 {@code $a} names Russia.
 *
 * <p>A MAB2 record (the German and Austrian exchange format, e.g. hbz's MABxml) is neither: its leader carries MAB's
 * version at 06-09 ({@code M2.0}, where MARC 21 and UNIMARC have a lower-case record type), its title proper is in
 * 331 and its names are in 100-199 {@code $p}, so it would count as UNIMARC for its many 101 fields (a MAB2 101 is a
 * variant of the person's name). It is told apart first ({@link Dialect#MAB2}) and not converted.
 */
public final class DialectDetector {
    private DialectDetector() {}

    /** The record's dialect, read from its fields alone. */
    public static Dialect detect(MarcRecord r) {
        if (mab2Leader(r)) return Dialect.MAB2;
        int unimarc = 0;
        int marc21 = 0;
        boolean title331 = false;
        boolean title = false;
        for (Field f : r.fields()) {
            switch (f.tag()) {
                case "331" -> title331 |= !f.isControl();
                case "245" -> {
                    marc21 += 3;
                    title = true;
                }
                case "008" -> marc21 += f.isControl() && f.data().length() >= 38 ? 2 : 0;
                case "040" -> marc21 += 1;
                case "200" -> {
                    unimarc += f.isControl() ? 0 : 2;
                    title = true;
                }
                case "100" -> {
                    if (codedData100(f)) unimarc += 3;
                    else if (!f.isControl()) marc21 += 1;
                }
                case "101", "801" -> unimarc += 1;
                default -> {}
            }
        }
        if (title331 && !title) return Dialect.MAB2;
        return unimarc > marc21 ? profile(r) : Dialect.MARC21;
    }

    /**
     * Whether a record is MAB2: MAB's version at leader/06-09 ({@code M2.0}; MARC 21 and UNIMARC have a lower-case
     * record type at 06, and a digit never follows it at 07 with a period at 08), or, its leader lost, a 331 title
     * proper (a tag MARC 21 and UNIMARC do not define) and neither a 245 nor a 200. Read whatever dialect a run is
     * told: such a record is not converted.
     */
    public static boolean isMab2(MarcRecord r) {
        if (mab2Leader(r)) return true;
        boolean title331 = false;
        for (Field f : r.fields()) {
            switch (f.tag()) {
                case "245", "200" -> {
                    return false;
                }
                case "331" -> title331 |= !f.isControl();
                default -> {}
            }
        }
        return title331;
    }

    private static boolean mab2Leader(MarcRecord r) {
        char v = r.leaderAt(7);
        return r.leaderAt(6) == 'M' && v >= '0' && v <= '9' && r.leaderAt(8) == '.';
    }

    /**
     * Why a MAB2 record is not converted, for the quarantine: {@code MAB2 record: not MARC 21 or UNIMARC (…)}, with
     * what told it (its leader's MAB version, or its 331 title) and its title.
     */
    public static String mab2Reason(MarcRecord r) {
        String version = mab2Leader(r) ? r.leader().substring(6, 10) : null;
        Field title = r.first("331");
        String t = title == null || title.isControl() ? null : title.first('a');
        return "MAB2 record: not MARC 21 or UNIMARC ("
                + (version != null
                        ? "leader/06-09 '" + version + "' is MAB's version"
                        : "a 331 title proper and no 245 or 200")
                + (t == null ? "" : ", title (331) '" + t.strip() + "'")
                + "); no rule set reads MAB2, not converted";
    }

    /** The record's number as MAB2 writes it: 001 {@code $a} (a data field in MABxml), else a control field 001. */
    public static String mab2Id(MarcRecord r) {
        Field f = r.first("001");
        if (f == null) return null;
        String id = f.isControl() ? f.data() : f.first('a');
        return id == null || id.isBlank() ? null : id.strip();
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
