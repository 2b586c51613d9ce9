package org.colophon.transform.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a value to the form both graphs are compared in. Text: Unicode NFC, case-folded, ISBD punctuation and
 * brackets ({@code . , : ; / = + [ ] ( )}) turned to spaces, spaces collapsed; a literal's language tag is not part
 * of it. IRIs: {@code https} read as {@code http}, a trailing slash dropped, written in angle brackets so an IRI
 * never equals a text.
 */
final class Normaliser {
    private static final String ISBD = ".,:;/=+[]()";

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
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return "<" + t + ">";
    }
}
