package org.colophon.transform.unimarc.internal;

import java.util.ArrayList;
import java.util.List;
import org.colophon.transform.marc.Field;

/**
 * UNIMARC's linking fields (4XX) carry the linked record's own fields embedded, each after a {@code $1} that gives
 * its tag and indicators: {@code 410 #0 $1 2001# $a Anticorpi $v 43}. The manual's other technique writes the same
 * link with standard subfields ({@code $t} title, {@code $a} author, {@code $x} ISSN …); this turns the first into
 * the second, so one set of rules reads both. Subfields of embedded fields no standard subfield stands for are
 * kept under their own code, after the rest.
 */
final class Embedded {
    private Embedded() {}

    static boolean applies(Field f) {
        return !f.isControl() && f.tag().length() == 3 && f.tag().charAt(0) == '4' && f.has('1');
    }

    /** The link with standard subfields. */
    static Field flatten(Field f) {
        List<Character> codes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String tag = null;
        for (int i = 0; i < f.size(); i++) {
            char c = f.code(i);
            String v = f.value(i);
            if (c == '1') {
                tag = v.length() >= 3 ? v.substring(0, 3) : v;
                if (tag.equals("001") && v.length() > 3)
                    add(codes, values, '0', v.substring(3).strip());
                continue;
            }
            char standard = tag == null ? c : standard(tag, c);
            if (standard != 0) add(codes, values, standard, v);
        }
        char[] cs = new char[codes.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = codes.get(i);
        return Field.data(f.tag(), f.ind1(), f.ind2(), cs, values.toArray(new String[0]));
    }

    private static void add(List<Character> codes, List<String> values, char c, String v) {
        codes.add(c);
        values.add(v);
    }

    /** The standard subfield an embedded field's subfield stands for; {@code 0} to leave it out. */
    static char standard(String tag, char code) {
        if (code == 'v') return 'v'; // the volume in the linked resource, whatever field it follows
        return switch (tag) {
            case "200", "500", "530" ->
                switch (code) {
                    case 'a' -> 't';
                    case 'e' -> 'o';
                    case 'h' -> 'h';
                    case 'i' -> 'i';
                    case 'f' -> 'f';
                    // 200's subsequent statement of responsibility (BNCF's "con la collaborazione di ...")
                    case 'g' -> tag.equals("200") ? 'g' : 0;
                    default -> 0;
                };
            case "700", "701", "702", "710", "711", "712", "720", "721", "722" -> code == 'a' ? 'a' : 0;
            case "205" -> code == 'a' ? 'e' : 0;
            case "210", "214" ->
                switch (code) {
                    case 'a' -> 'c';
                    case 'c' -> 'n';
                    case 'd' -> 'd';
                    default -> 0;
                };
            case "215" -> code == 'a' ? 'p' : 0;
            case "010" -> code == 'a' ? 'y' : 0;
            case "011" -> code == 'a' ? 'x' : 0;
            case "101" -> code == 'a' ? 'l' : 0;
            case "856" -> code == 'u' ? 'u' : 0;
            default -> 0;
        };
    }
}
