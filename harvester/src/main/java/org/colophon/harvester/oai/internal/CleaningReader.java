package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Removes what XML 1.0 forbids from a character stream before the parser sees it: control characters other than
 * tab, newline and carriage return, U+FFFE/U+FFFF, unpaired surrogates, and character references to any of these
 * ({@code &#27;}, {@code &#x1F;}). Real catalogues leak MARC control bytes into OAI responses; a strict parser would
 * reject the whole page for one such character. Counts what it removed.
 */
public final class CleaningReader extends Reader {
    private static final int MAX_REF = 10;

    private final Reader in;
    private final char[] ahead = new char[MAX_REF + 2];
    private int aheadLen;
    private long cleaned;
    private int pendingLow = -1;

    public CleaningReader(Reader in) {
        this.in = in;
    }

    /** Characters removed so far. */
    public long cleaned() {
        return cleaned;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (pendingLow >= 0) {
                buf[off + n++] = (char) pendingLow;
                pendingLow = -1;
                continue;
            }
            if (n > 0 && aheadLen == 0 && !in.ready()) break;
            int c = next();
            if (c < 0) break;
            if (c == '&') {
                if (dropInvalidReference()) continue;
                buf[off + n++] = '&';
            } else if (Character.isHighSurrogate((char) c)) {
                int d = next();
                if (d >= 0 && Character.isLowSurrogate((char) d)) {
                    buf[off + n++] = (char) c;
                    if (n < len) buf[off + n++] = (char) d;
                    else pendingLow = (char) d;
                } else {
                    cleaned++;
                    if (d >= 0) push((char) d);
                }
            } else if (allowed(c)) {
                buf[off + n++] = (char) c;
            } else {
                cleaned++;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** After '&': reads a character reference; drops it if it names a forbidden character, else pushes it back. */
    private boolean dropInvalidReference() throws IOException {
        char[] seen = new char[MAX_REF];
        int k = 0;
        int c;
        while (k < MAX_REF && (c = next()) >= 0) {
            seen[k++] = (char) c;
            if (c == ';' || !(c == '#' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0)) break;
        }
        int code = referencedCode(seen, k);
        if (code >= 0 && !allowed(code)) {
            cleaned++;
            return true;
        }
        for (int i = k - 1; i >= 0; i--) push(seen[i]);
        return false;
    }

    private static int referencedCode(char[] s, int k) {
        if (k < 3 || s[0] != '#' || s[k - 1] != ';') return -1;
        boolean hex = s[1] == 'x' || s[1] == 'X';
        int start = hex ? 2 : 1;
        if (start >= k - 1) return -1;
        long v = 0;
        for (int i = start; i < k - 1; i++) {
            int d = Character.digit(s[i], hex ? 16 : 10);
            if (d < 0) return -1;
            v = v * (hex ? 16 : 10) + d;
            if (v > 0x10FFFF) return Integer.MAX_VALUE;
        }
        return (int) v;
    }

    static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private int next() throws IOException {
        if (aheadLen > 0) return ahead[--aheadLen];
        return in.read();
    }

    private void push(char c) {
        ahead[aheadLen++] = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
