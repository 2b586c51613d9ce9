package org.colophon.transform.marc.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of one value into clean text: the record's character set chosen once by {@link #choose}, then
 * Unicode NFC, with the C0 control characters that XML 1.0 cannot carry removed.
 */
public final class MarcText {

    /** The character sets a record can be read in. */
    public enum Charset {
        /** Only ASCII bytes: no decoding work at all. */
        ASCII,
        UTF8,
        MARC8,
        /**
         * The bytes as they are, one character per byte (ISO 8859-1), untouched: for a reader that decodes the
         * values itself once it knows the character set (UNIMARC declares it in a field, 100 $a/26-29).
         */
        BYTES
    }

    private MarcText() {}

    /**
     * Chooses the character set of the bytes {@code [from, to)}. Leader/09 {@code 'a'} says UTF-8 and anything else
     * MARC-8, but the bytes overrule the label: a "MARC-8" record whose high bytes all form valid UTF-8 sequences
     * (and that has no MARC-8 escape) is UTF-8; a "UTF-8" record with more broken sequences than valid ones is
     * MARC-8.
     */
    public static Charset choose(byte[] b, int from, int to, char leader09) {
        int valid = 0;
        int invalid = 0;
        boolean escape = false;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == 0x1B) escape = true;
                i++;
                continue;
            }
            int n = sequenceLength(c);
            if (n > 0 && continues(b, i + 1, i + n, to)) {
                valid++;
                i += n;
            } else {
                invalid++;
                i++;
            }
        }
        if (valid == 0 && invalid == 0) return escape ? Charset.MARC8 : Charset.ASCII;
        if (leader09 == 'a') return invalid > valid ? Charset.MARC8 : Charset.UTF8;
        return valid > 0 && invalid == 0 && !escape ? Charset.UTF8 : Charset.MARC8;
    }

    private static int sequenceLength(int c) {
        if (c >= 0xC2 && c <= 0xDF) return 2;
        if (c >= 0xE0 && c <= 0xEF) return 3;
        if (c >= 0xF0 && c <= 0xF4) return 4;
        return 0;
    }

    private static boolean continues(byte[] b, int from, int to, int limit) {
        if (to > limit) return false;
        for (int i = from; i < to; i++) if ((b[i] & 0xC0) != 0x80) return false;
        return true;
    }

    /** Decodes {@code len} bytes from {@code off} in {@code cs}, NFC, controls removed. Never throws. */
    public static String decode(byte[] b, int off, int len, Charset cs) {
        if (len <= 0) return "";
        String s =
                switch (cs) {
                    case ASCII -> new String(b, off, len, StandardCharsets.ISO_8859_1);
                    case UTF8 -> new String(b, off, len, StandardCharsets.UTF_8);
                    case MARC8 -> Marc8.decode(b, off, len);
                    case BYTES -> new String(b, off, len, StandardCharsets.ISO_8859_1);
                };
        if (cs == Charset.BYTES) return s;
        return clean(s, cs != Charset.ASCII);
    }

    /** NFC and without XML-illegal control characters. */
    public static String clean(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean mayNeedNfc) {
        if (plain(s)) return s;
        String out = stripControls(s);
        if (mayNeedNfc && !stable(out) && !Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
            out = Normalizer.normalize(out, Normalizer.Form.NFC);
        }
        return out;
    }

    /**
     * True when every character is one NFC leaves alone whatever stands beside it, so the text is NFC without asking
     * the normaliser: below U+0300 (no combining mark, nothing that composes with what follows it), CJK unified
     * ideographs and Hangul syllables (canonical combining class 0, never the second of a composition). Most values,
     * Latin or Chinese, are all such characters, and this is cheaper than the normaliser's own check.
     */
    private static boolean stable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && !(c >= '\u4E00' && c <= '\u9FFF') && !(c >= '\uAC00' && c <= '\uD7A3')) return false;
        }
        return true;
    }

    /**
     * True when the text holds no character {@link #stripControls} takes out and only characters {@link #stable}
     * finds NFC: one pass where most values would take two.
     */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < '\u0300') continue;
            if (c < 0x20
                    ? c != '\t' && c != '\n' && c != '\r'
                    : !(c >= '\u4E00' && c <= '\u9FFF') && !(c >= '\uAC00' && c <= '\uD7A3')) return false;
        }
        return true;
    }

    private static boolean illegal(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String stripControls(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !illegal(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!illegal(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** A leader of exactly 24 characters: cut or padded with blanks, control characters blanked. */
    public static String leader(String raw) {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < raw.length() && sb.length() < 24; i++) {
            char c = raw.charAt(i);
            sb.append(c < 0x20 || c == 0x7F ? ' ' : c);
        }
        while (sb.length() < 24) sb.append(' ');
        return sb.toString();
    }

    /** The leader of a record that has none: blanks but the fixed structure positions. */
    public static String defaultLeader() {
        return "          22        4500";
    }
}
