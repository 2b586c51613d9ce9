package org.colophon.harvester.files.internal;

import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that characters are encoded into as they are appended, for {@link RecordCopier}: one
 * per reader, reset for each record, so that copying a record out costs one pass over its characters instead of a
 * {@code StringBuilder}, a {@code String} and an encoding. It encodes exactly as {@code String.getBytes(UTF_8)} does
 * (a surrogate without its pair becomes {@code ?}).
 */
final class Utf8Out {
    private byte[] buf = new byte[1 << 14];
    private int len;
    private long chars;
    /** A high surrogate that ended the last append, waiting for its pair (text can come in more than one event). */
    private char pendingHigh;

    void reset() {
        len = 0;
        chars = 0;
        pendingHigh = 0;
    }

    /** Characters appended since the last reset. */
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
        if (pendingHigh != 0) {
            char[] all = s.toCharArray();
            return append(all, 0, all.length);
        }
        room(s.length());
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) < 0x80) buf[len++] = (byte) s.charAt(i++);
        chars += i;
        if (i < n) {
            char[] rest = s.substring(i).toCharArray();
            append(rest, 0, rest.length);
        }
        return this;
    }

    Utf8Out append(char[] a, int off, int count) {
        room(count + 4);
        int end = off + count;
        int i = off;
        if (pendingHigh != 0) {
            if (count > 0 && Character.isLowSurrogate(a[off])) {
                fourBytes(Character.toCodePoint(pendingHigh, a[off]));
                i++;
            } else {
                buf[len++] = '?';
            }
            pendingHigh = 0;
        }
        for (; i < end; i++) {
            char c = a[i];
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (c < 0x800) {
                room(2 + end - i);
                buf[len++] = (byte) (0xC0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                // most text past U+07FF (all CJK) is here: three bytes, asked for before the surrogate cases
                room(3 + end - i);
                buf[len++] = (byte) (0xE0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(a[i + 1])) {
                room(4 + end - i);
                fourBytes(Character.toCodePoint(c, a[++i]));
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c;
            } else {
                buf[len++] = '?'; // a surrogate without its pair
            }
        }
        chars += count;
        return this;
    }

    private void fourBytes(int cp) {
        buf[len++] = (byte) (0xF0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | cp & 0x3F);
    }

    private void room(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
}
