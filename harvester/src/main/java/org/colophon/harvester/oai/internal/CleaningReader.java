package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;

/**
 * Decodes a UTF-8 response and removes what XML 1.0 forbids before the parser sees it: control characters other
 * than tab, newline and carriage return, U+FFFE/U+FFFF, and character references to any of these ({@code &#27;},
 * {@code &#x1F;}). Real catalogues leak MARC control bytes into OAI responses; a strict parser would reject the whole
 * page for one such character. Counts what it removed. Malformed UTF-8 (encoded surrogates included) becomes
 * U+FFFD, as a lenient decoder would make it.
 *
 * <p>One pass over the bytes: ordinary ASCII is copied in a tight loop; only {@code &}, control bytes and multi-byte
 * sequences take the slow path.
 *
 * <p>It can also keep what it hands out ({@link #record()}), so that an element can be taken out of the response as
 * it was written ({@link #slice}), from the parser's character offsets, instead of being re-serialised.
 */
public final class CleaningReader extends Reader {
    private static final int MAX_REF = 10;

    private final InputStream in;
    private final byte[] buf = new byte[16384];
    private int pos;
    private int lim;
    private boolean eof;
    private long cleaned;
    /** The low surrogate of a supplementary character whose high surrogate filled the caller's buffer, or -1. */
    private int pendingLow = -1;

    private boolean recording;
    private char[] window = new char[0];
    private int windowLength;
    /** The offset (in characters handed out) of window[0]. */
    private long windowStart;

    public CleaningReader(InputStream in) {
        this.in = in;
    }

    /** Characters removed so far. */
    public long cleaned() {
        return cleaned;
    }

    /** From now on, keep every character handed out until {@link #release} lets it go. */
    public void record() {
        if (!recording) {
            recording = true;
            window = new char[4096];
        }
    }

    /** Forgets the kept characters before {@code offset}. */
    public void release(long offset) {
        int drop = (int) Math.min(windowLength, Math.max(0, offset - windowStart));
        if (drop == 0) return;
        System.arraycopy(window, drop, window, 0, windowLength - drop);
        windowLength -= drop;
        windowStart += drop;
    }

    /** The characters from {@code from} up to {@code to}, which must still be kept. */
    public String slice(long from, long to) {
        if (from < windowStart || to > windowStart + windowLength || from > to) {
            throw new IllegalStateException("characters " + from + ".." + to + " are not kept (kept: " + windowStart
                    + ".." + (windowStart + windowLength) + ")");
        }
        return new String(window, (int) (from - windowStart), (int) (to - from));
    }

    /** Where the first kept character {@code c} at or after {@code from} is, or -1. */
    public long indexOf(char c, long from) {
        for (int i = (int) Math.max(0, from - windowStart); i < windowLength; i++) {
            if (window[i] == c) return windowStart + i;
        }
        return -1;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        int n = decode(out, off, len);
        if (recording && n > 0) keep(out, off, n);
        return n;
    }

    private void keep(char[] out, int off, int n) {
        if (windowLength + n > window.length) {
            window = Arrays.copyOf(window, Math.max(window.length * 2, windowLength + n));
        }
        System.arraycopy(out, off, window, windowLength, n);
        windowLength += n;
    }

    private int decode(char[] out, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (pendingLow >= 0) {
                out[off + n++] = (char) pendingLow;
                pendingLow = -1;
                continue;
            }
            if (pos >= lim) {
                if (n > 0 || !fill(1)) break;
            }
            int b = buf[pos];
            if (b >= 0x20 && b != '&') {
                // the common case: a run of ordinary ASCII (a byte >= 0x80 is negative here)
                int end = Math.min(lim, pos + (len - n));
                int p = pos;
                int o = off + n;
                while (p < end) {
                    int d = buf[p];
                    if (d < 0x20 || d == '&') break;
                    out[o++] = (char) d;
                    p++;
                }
                n += p - pos;
                pos = p;
                continue;
            }
            if (b == '&') {
                if (dropInvalidReference()) continue;
                out[off + n++] = '&';
                pos++;
            } else if (b >= 0) {
                // a control character
                if (b == 0x9 || b == 0xA || b == 0xD) out[off + n++] = (char) b;
                else cleaned++;
                pos++;
            } else {
                int cp = multiByte();
                if (cp == 0xFFFE || cp == 0xFFFF) {
                    cleaned++;
                } else if (cp >= 0x10000) {
                    out[off + n++] = Character.highSurrogate(cp);
                    if (n < len) out[off + n++] = Character.lowSurrogate(cp);
                    else pendingLow = Character.lowSurrogate(cp);
                } else {
                    out[off + n++] = (char) cp;
                }
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes the multi-byte sequence at {@code pos} and moves past it; malformed input gives U+FFFD. */
    private int multiByte() throws IOException {
        int lead = buf[pos] & 0xFF;
        int need;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            pos++;
            return 0xFFFD;
        }
        fill(1 + need);
        int cp = lead & (0x3F >> need);
        for (int i = 1; i <= need; i++) {
            if (pos + i >= lim || (buf[pos + i] & 0xC0) != 0x80) {
                pos += i;
                return 0xFFFD;
            }
            cp = (cp << 6) | (buf[pos + i] & 0x3F);
        }
        pos += 1 + need;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
        return cp;
    }

    /** On '&': drops a character reference that names a forbidden character and says so; otherwise leaves it. */
    private boolean dropInvalidReference() throws IOException {
        fill(1 + MAX_REF);
        int k = 0;
        while (k < MAX_REF && pos + 1 + k < lim) {
            int c = buf[pos + 1 + k++];
            if (c == ';' || !(c == '#' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0)) break;
        }
        int code = referencedCode(pos + 1, k);
        if (code >= 0 && !allowed(code)) {
            cleaned++;
            pos += 1 + k;
            return true;
        }
        return false;
    }

    private int referencedCode(int from, int k) {
        if (k < 3 || buf[from] != '#' || buf[from + k - 1] != ';') return -1;
        boolean hex = buf[from + 1] == 'x' || buf[from + 1] == 'X';
        int start = hex ? 2 : 1;
        if (start >= k - 1) return -1;
        long v = 0;
        for (int i = start; i < k - 1; i++) {
            int d = Character.digit(buf[from + i], hex ? 16 : 10);
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

    /** Makes at least {@code k} bytes available from {@code pos}, unless the input ends first. */
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
