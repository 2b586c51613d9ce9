package org.colophon.transform.marc.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;

/**
 * Double-encoded UTF-8: text whose UTF-8 bytes were once read as Latin-1 (or Windows-1252) and written out as UTF-8
 * again, perhaps more than once, so {@code é} (U+0065 U+0301, bytes {@code 65 CC 81}) reads {@code eÌ\u0081}, and
 * after a second round {@code eÃ\u008cÂ\u0081}. A value is repaired only when every one of its non-ASCII characters
 * is a byte of such a sequence: each character maps back to one byte (Latin-1, or Windows-1252 for {@code €}, {@code
 * ™}, …), the bytes are well-formed UTF-8 with at least one multi-byte sequence, and what comes out after the last
 * round holds no C1 control character. Genuine Latin-1 text ({@code Genève}, {@code Ã©} written on purpose aside)
 * fails the test at its first accented letter, because a lone {@code è} is no UTF-8 lead byte followed by
 * continuation bytes.
 */
public final class Mojibake {
    /** Rounds undone at most; records seen in the wild carry two. */
    static final int MAX_ROUNDS = 3;

    /** Windows-1252's characters for bytes 0x80-0x9F that are not the C1 controls Latin-1 gives them. */
    private static final char[] CP1252_HIGH = new char[32];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b < 0xA0; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            CP1252_HIGH[b - 0x80] = c == '\uFFFD' ? (char) b : c;
        }
    }

    private Mojibake() {}

    /**
     * The record with every double-encoded value decoded to the text meant, and {@link Repair#DOUBLE_ENCODED_UTF8}
     * added to its repairs; the record itself when no value is double-encoded.
     */
    public static MarcRecord repair(MarcRecord record) {
        List<Field> fields = record.fields();
        List<Field> out = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field fixed = repair(f);
            if (fixed != f && out == null) out = new ArrayList<>(fields.subList(0, i));
            if (out != null) out.add(fixed);
        }
        if (out == null) return record;
        Set<Repair> repairs = EnumSet.of(Repair.DOUBLE_ENCODED_UTF8);
        repairs.addAll(record.repairs());
        return new MarcRecord(record.leader(), out, repairs);
    }

    private static Field repair(Field f) {
        if (f.isControl()) {
            String fixed = undo(f.data());
            return fixed == null ? f : Field.control(f.tag(), fixed);
        }
        String[] values = null;
        for (int i = 0; i < f.size(); i++) {
            String fixed = undo(f.value(i));
            if (fixed == null) continue;
            if (values == null) {
                values = new String[f.size()];
                for (int k = 0; k < values.length; k++) values[k] = f.value(k);
            }
            values[i] = fixed;
        }
        if (values == null) return f;
        char[] codes = new char[f.size()];
        for (int k = 0; k < codes.length; k++) codes[k] = f.code(k);
        Field fixed = Field.data(f.tag(), f.ind1(), f.ind2(), codes, values);
        return f.language() == null ? fixed : fixed.withLanguage(f.language());
    }

    /** The text meant, NFC, when {@code s} is double-encoded UTF-8; {@code null} when it is not. */
    public static String undo(String s) {
        if (!suspect(s)) return null;
        String current = s;
        int rounds = 0;
        while (rounds < MAX_ROUNDS) {
            String next = once(current);
            if (next == null) break;
            current = next;
            rounds++;
        }
        if (rounds == 0 || hasC1(current)) return null;
        return Normalizer.isNormalized(current, Normalizer.Form.NFC)
                ? current
                : Normalizer.normalize(current, Normalizer.Form.NFC);
    }

    /**
     * The lengths in bytes the text {@code [from, to)} had before each round of double encoding: element 0 is the
     * bytes as they are, element {@code k} what they were {@code k} rounds before, as far as rounds can be undone
     * (at least one element).
     */
    static int[] lengthsByRound(byte[] b, int from, int to) {
        int[] out = new int[MAX_ROUNDS + 1];
        out[0] = to - from;
        int n = 1;
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) ascii = b[i] >= 0;
        if (!ascii) {
            String s = new String(b, from, to - from, StandardCharsets.UTF_8);
            while (n <= MAX_ROUNDS) {
                String prev = once(s);
                if (prev == null) break;
                // every character of a double-encoded text was one byte of the text before it
                out[n++] = s.length();
                s = prev;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A cheap first look: some character that could be a UTF-8 lead byte followed by one that could continue it. */
    static boolean suspect(String s) {
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && isContinuation(byteOf(s.charAt(i + 1)))) return true;
        }
        return false;
    }

    /** One round undone: the characters as bytes, decoded as UTF-8; {@code null} when they are not such bytes. */
    static String once(String s) {
        int n = s.length();
        boolean multi = false;
        int i = 0;
        while (i < n) {
            int c = byteOf(s.charAt(i));
            if (c < 0) return null;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > n) return null;
            int second = byteOf(s.charAt(i + 1));
            if (!isContinuation(second)) return null;
            // no overlong forms, no surrogates, nothing above U+10FFFF
            if (c == 0xE0 && second < 0xA0 || c == 0xED && second > 0x9F) return null;
            if (c == 0xF0 && second < 0x90 || c == 0xF4 && second > 0x8F) return null;
            for (int k = 2; k < len; k++) if (!isContinuation(byteOf(s.charAt(i + k)))) return null;
            multi = true;
            i += len;
        }
        if (!multi) return null;
        byte[] bytes = new byte[n];
        for (int k = 0; k < n; k++) bytes[k] = (byte) byteOf(s.charAt(k));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** The byte a Latin-1 or Windows-1252 reading turned into {@code c}, or -1 when no byte reads as {@code c}. */
    static int byteOf(char c) {
        if (c < 0x100) return c;
        for (int k = 0; k < CP1252_HIGH.length; k++) if (CP1252_HIGH[k] == c) return 0x80 + k;
        return -1;
    }

    private static boolean hasC1(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) return true;
        }
        return false;
    }
}
