package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Removes what XML 1.0 forbids from a character stream before the parser sees it: control characters other than
 * tab, newline and carriage return, U+FFFE/U+FFFF, unpaired surrogates, and character references to any of these
 * ({@code &#27;}, {@code &#x1F;}). Real catalogues leak MARC control bytes into OAI responses; a strict parser would
 * reject the whole page for one such character. Counts what it removed.
 *
 * <p>Reads the underlying reader a buffer at a time and copies ordinary characters in a tight loop; only {@code &},
 * surrogates and characters below U+0020 or above U+FFFD take the slow path.
 */
public final class CleaningReader extends Reader {
    private static final int MAX_REF = 10;

    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int lim;
    private boolean eof;
    private long cleaned;
    /** A high surrogate was handed out alone (the caller's buffer was full): its low surrogate follows as is. */
    private boolean lowDue;

    public CleaningReader(Reader in) {
        this.in = in;
    }

    /** Characters removed so far. */
    public long cleaned() {
        return cleaned;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (pos >= lim) {
                if (n > 0 || !fill(1)) break;
            }
            char c = buf[pos];
            if (c >= 0x20 && c < 0xD800 && c != '&') {
                // the common case: copy the run of ordinary characters
                int end = Math.min(lim, pos + (len - n));
                int p = pos;
                while (p < end) {
                    char d = buf[p];
                    if (d < 0x20 || d >= 0xD800 || d == '&') break;
                    p++;
                }
                System.arraycopy(buf, pos, out, off + n, p - pos);
                n += p - pos;
                pos = p;
                continue;
            }
            if (lowDue) {
                lowDue = false;
                out[off + n++] = c;
                pos++;
            } else if (c == '&') {
                if (dropInvalidReference()) continue;
                out[off + n++] = '&';
                pos++;
            } else if (Character.isHighSurrogate(c)) {
                fill(2);
                if (pos + 1 < lim && Character.isLowSurrogate(buf[pos + 1])) {
                    out[off + n++] = c;
                    pos++;
                    if (n < len) {
                        out[off + n++] = buf[pos++];
                    } else {
                        lowDue = true;
                    }
                } else {
                    cleaned++;
                    pos++;
                }
            } else if (allowed(c)) {
                out[off + n++] = c;
                pos++;
            } else {
                cleaned++;
                pos++;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** On '&': drops a character reference that names a forbidden character and says so; otherwise leaves it. */
    private boolean dropInvalidReference() throws IOException {
        fill(1 + MAX_REF);
        int k = 0;
        while (k < MAX_REF && pos + 1 + k < lim) {
            char c = buf[pos + 1 + k++];
            if (c == ';' || !(c == '#' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0)) break;
        }
        int code = referencedCode(buf, pos + 1, k);
        if (code >= 0 && !allowed(code)) {
            cleaned++;
            pos += 1 + k;
            return true;
        }
        return false;
    }

    private static int referencedCode(char[] s, int from, int k) {
        if (k < 3 || s[from] != '#' || s[from + k - 1] != ';') return -1;
        boolean hex = s[from + 1] == 'x' || s[from + 1] == 'X';
        int start = hex ? 2 : 1;
        if (start >= k - 1) return -1;
        long v = 0;
        for (int i = start; i < k - 1; i++) {
            int d = Character.digit(s[from + i], hex ? 16 : 10);
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

    /** Makes at least {@code k} characters available from {@code pos}, unless the input ends first. */
    private boolean fill(int k) throws IOException {
        if (lim - pos >= k) return true;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim < k && !eof) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) eof = true;
            else lim += r;
        }
        return lim - pos >= k;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
