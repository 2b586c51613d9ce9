package org.colophon.transform.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a value to the form both graphs are compared in. Text: Unicode NFC, case-folded, ISBD punctuation and
 * brackets ({@code . , : ; / = + [ ] ( )}) turned to spaces, spaces collapsed; a literal's language tag is not part
 * of it. IRIs: {@code https} read as {@code http}, a trailing slash dropped, written in angle brackets so an IRI
 * never equals a text — except an id.loc.gov language IRI, which is its MARC code ({@code languages/fre} and a
 * {@code bf:Language} whose {@code rdf:value} is {@code fre} name the same language).
 */
final class Normaliser {
    private static final String ISBD = ".,:;/=+[]()";
    private static final String LANGUAGES = "http://id.loc.gov/vocabulary/languages/";

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
        if (t.startsWith(LANGUAGES) && t.length() > LANGUAGES.length()) return text(t.substring(LANGUAGES.length()));
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return "<" + t + ">";
    }
}
