package org.colophon.transform.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a value to the form both graphs are compared in. Text: Unicode NFC, case-folded, ISBD punctuation and
 * brackets ({@code . , : ; / = + [ ] ( )}) turned to spaces, spaces collapsed; a literal's language tag is not part
 * of it. IRIs: {@code https} read as {@code http}, a trailing slash dropped, written in angle brackets so an IRI
 * never equals a text — except an id.loc.gov language IRI, which is its MARC code ({@code languages/fre} and a
 * {@code bf:Language} whose {@code rdf:value} is {@code fre} name the same language). An id.loc.gov vocabulary IRI
 * with no code after the vocabulary ({@code countries/}, LoC's for a blank 008/15-17) names nothing and is no value;
 * one whose code ends in MARC's fill character ({@code countries/xx%7C}) or in a '#' some systems write for a blank
 * ({@code countries/gw%23}; {@code languages/%23%23%23} is no value) is the code without it.
 * EDTF dates: a range whose ends are the same is that date ({@code 1998/1998}, {@code 1504~/1504~}), and an end
 * year {@code 9999} (MARC's "still going") is the open end {@code ..}. An ISBN's hyphens only display it
 * ({@link #isbn}).
 */
final class Normaliser {
    private static final String ISBD = ".,:;/=+[]()";
    private static final String LANGUAGES = "http://id.loc.gov/vocabulary/languages/";
    private static final String VOCABULARY = "http://id.loc.gov/vocabulary/";
    private static final String FILL = "%7C";
    private static final String BLANK = "%23";

    private Normaliser() {}

    static String text(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || ISBD.indexOf(c) >= 0) {
                if (!space) sb.append(' ');
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    static String iri(String iri) {
        String t = iri.startsWith("https://") ? "http://" + iri.substring(8) : iri;
        // a language is the same value whether given as its id.loc.gov IRI or as the bare MARC code
        if (t.startsWith(VOCABULARY)) {
            // a fill character or a '#' written for a blank ends no code: countries/xx%7C, countries/gw%23, and
            // languages/%23%23%23 (a code of blanks: none)
            for (boolean more = true; more; ) {
                String u = t.toUpperCase(Locale.ROOT);
                more = u.endsWith(FILL) || u.endsWith(BLANK);
                if (more) t = t.substring(0, t.length() - 3);
            }
        }
        if (t.startsWith(LANGUAGES) && t.length() > LANGUAGES.length()) return text(t.substring(LANGUAGES.length()));
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        if (t.startsWith(VOCABULARY) && t.indexOf('/', VOCABULARY.length()) < 0) return null;
        return "<" + t + ">";
    }

    /** An ISBN written with hyphens or spaces ({@code 80-85637-20-0}) is the same ISBN without them. */
    static String isbn(String normalised) {
        String compact = normalised.replace("-", "").replace(" ", "");
        return compact.matches("[0-9]{9}[0-9x]|[0-9]{12}[0-9x]") ? compact : normalised;
    }

    private static boolean blanks(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c == '#');
    }

    /**
     * An EDTF date in the form both write it: equal ends are one date, an end {@code 9999} is open; a year written
     * as {@code ####} (blanks in 008 written as '#') is none ({@code 1904/####} is {@code 1904}, {@code ####} no date).
     */
    static String edtf(String lexical) {
        String s = lexical.strip();
        int slash = s.indexOf('/');
        if (slash < 0 || slash != s.lastIndexOf('/')) return blanks(s) ? null : text(s);
        String from = s.substring(0, slash);
        String to = s.substring(slash + 1);
        // a year of '#' (written for blanks in 008, "1904####") is no year: no end, or no date at all
        if (blanks(from)) return blanks(to) ? null : text(to);
        if (blanks(to)) return text(from);
        if (to.equals("9999")) to = "..";
        return text(to.equals(from) ? from : from + "/" + to);
    }
}
