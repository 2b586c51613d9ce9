package org.colophon.harvester.files.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that characters are encoded into as they are appended, for {@link RecordCopier}: one
 * per reader, reset for each record, so that copying a record out costs one pass over its characters instead of a
 * {@code StringBuilder}, a {@code String} and an encoding. It encodes exactly as {@code String.getBytes(UTF_8)} does
 * (a surrogate without its pair becomes {@code ?}). Text and attribute values are escaped in the same pass ({@link
 * #appendText}, {@link #appendAttribute}): a record's text is looked at once, not once for escapes and again to
 * encode it.
 */
final class Utf8Out {
    /** Characters encoded per step: room for a step's bytes (at most 6 a character, {@code &quot;}) is made once. */
    private static final int STEP = 1 << 12;

    /** The references element content is written with ({@code <}, {@code >}, {@code &}, CR), by ASCII code. */
    private static final byte[][] TEXT = escapes("<&lt;", ">&gt;", "&&amp;", "\r&#13;");

    /** The references attribute values are written with ({@code <}, {@code &}, {@code "}, LF, tab, CR). */
    private static final byte[][] ATTRIBUTE = escapes("<&lt;", "&&amp;", "\"&quot;", "\n&#10;", "\t&#9;", "\r&#13;");

    private static byte[][] escapes(String... pairs) {
        byte[][] out = new byte[128][];
        for (String p : pairs) out[p.charAt(0)] = p.substring(1).getBytes(StandardCharsets.US_ASCII);
        return out;
    }

    private byte[] buf = new byte[1 << 14];
    private int len;
    private long chars;
    /** A high surrogate that ended the last append, waiting for its pair (text can come in more than one event). */
    private char pendingHigh;

    /** A string's characters, copied out to be encoded as an array's. */
    private char[] scratch = new char[256];

    void reset() {
        len = 0;
        chars = 0;
        pendingHigh = 0;
    }

    /** Characters appended since the last reset (a reference counts as the characters it is written with). */
    long chars() {
        return chars;
    }

    byte[] toByteArray() {
        if (pendingHigh != 0) {
            room(1);
            buf[len++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(buf, len);
    }

    /** Bytes already UTF-8 (and escaped as needed), copied as they are. */
    Utf8Out appendBytes(byte[] b, int off, int count) {
        room(count);
        System.arraycopy(b, off, buf, len, count);
        len += count;
        chars += count; // as many characters or fewer: only the limit is asked of it
        return this;
    }

    /** A string of ASCII characters only (a name, markup), written as it is, without escaping. */
    Utf8Out ascii(String s) {
        int n = s.length();
        room(n);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) b[at + i] = (byte) s.charAt(i);
        len = at + n;
        chars += n;
        return this;
    }

    /** Bytes written since the last reset. */
    int size() {
        return len;
    }

    Utf8Out append(char c) {
        room(1);
        if (c < 0x80 && pendingHigh == 0) {
            buf[len++] = (byte) c;
            chars++;
            return this;
        }
        return append(new char[] {c}, 0, 1);
    }

    Utf8Out append(String s) {
        return append(s, null);
    }

    Utf8Out append(char[] a, int off, int count) {
        return encode(a, off, count, null);
    }

    /** Element content: {@code <}, {@code >}, {@code &} and CR written as references. */
    Utf8Out appendText(char[] a, int off, int count) {
        return encode(a, off, count, TEXT);
    }

    /** An attribute value (without its quotes): {@code <}, {@code &}, {@code "}, LF, tab and CR as references. */
    Utf8Out appendAttribute(String s) {
        return append(s, ATTRIBUTE);
    }

    private Utf8Out append(String s, byte[][] escapes) {
        int n = s.length();
        if (n > scratch.length) scratch = new char[Math.max(n, scratch.length * 2)];
        s.getChars(0, n, scratch, 0);
        return encode(scratch, 0, n, escapes);
    }

    /**
     * Encodes {@code count} characters from {@code off}, the ASCII ones in {@code escapes} (when not null) as their
     * references. The buffer and its length are held in locals while a step is encoded.
     */
    private Utf8Out encode(char[] a, int off, int count, byte[][] escapes) {
        int end = off + count;
        int i = off;
        long extra = 0; // characters the references add
        room(4);
        if (pendingHigh != 0) {
            if (count > 0 && Character.isLowSurrogate(a[off])) {
                fourBytes(buf, len, Character.toCodePoint(pendingHigh, a[off]));
                len += 4;
                i++;
            } else {
                buf[len++] = '?';
            }
            pendingHigh = 0;
        }
        while (i < end) {
            int stepEnd = Math.min(end, i + STEP);
            room((stepEnd - i) * 6 + 4); // a pair cut by the step's end takes 4 bytes more
            byte[] b = buf;
            int n = len;
            for (; i < stepEnd; i++) {
                char c = a[i];
                if (c < 0x80) {
                    byte[] ref = escapes == null ? null : escapes[c];
                    if (ref == null) {
                        b[n++] = (byte) c;
                    } else {
                        System.arraycopy(ref, 0, b, n, ref.length);
                        n += ref.length;
                        extra += ref.length - 1;
                    }
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    // most text past U+07FF (all CJK) is here: three bytes, asked for before the surrogate cases
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(a[i + 1])) {
                    fourBytes(b, n, Character.toCodePoint(c, a[++i]));
                    n += 4;
                } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                    pendingHigh = c;
                } else {
                    b[n++] = '?'; // a surrogate without its pair
                }
            }
            len = n;
        }
        chars += count + extra;
        return this;
    }

    private static void fourBytes(byte[] b, int n, int cp) {
        b[n] = (byte) (0xF0 | cp >> 18);
        b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n + 3] = (byte) (0x80 | cp & 0x3F);
    }

    private void room(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
}
