package org.colophon.harvester.files.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UTF-8 bytes with every byte that is not part of a well-formed sequence (a stray continuation byte, a cut sequence,
 * an overlong form, a surrogate such as {@code ED A0 80}, anything above U+10FFFF) replaced by U+FFFD, as {@code new
 * String(bytes, UTF_8)} does for ISO 2709: an XML parser stops the whole file at the first such byte. Applied only to
 * XML that is UTF-8 (no other encoding declared, no UTF-16 byte order mark).
 */
public final class Utf8Repair extends FilterInputStream {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final byte[] in = new byte[1 << 16];
    private int inPos;
    private int inLim;
    private boolean eof;
    private final byte[] out = new byte[(1 << 16) * 3];
    private int outPos;
    private int outLim;
    private long replaced;
    private final java.util.concurrent.atomic.LongAdder counter;

    private Utf8Repair(InputStream src, java.util.concurrent.atomic.LongAdder counter) {
        super(src);
        this.counter = counter;
    }

    /** The stream repaired when its prolog says (or leaves) UTF-8; {@code src} must support mark. */
    public static InputStream ifUtf8(InputStream src) throws IOException {
        return ifUtf8(src, null);
    }

    /** As {@link #ifUtf8(InputStream)}, adding every byte replaced to {@code counter} (when not null) as well. */
    public static InputStream ifUtf8(InputStream src, java.util.concurrent.atomic.LongAdder counter)
            throws IOException {
        src.mark(512);
        byte[] head = src.readNBytes(512);
        src.reset();
        if (head.length >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || head[0] == 0
                        || head[1] == 0)) {
            return src; // UTF-16 or UTF-32
        }
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF ? 3 : 0;
        Matcher m = ENCODING.matcher(new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            String enc = m.group(1).toLowerCase(Locale.ROOT);
            if (!enc.equals("utf-8") && !enc.equals("utf8")) return src;
        }
        return new Utf8Repair(src, counter);
    }

    /** How many bytes were replaced so far. */
    public long replaced() {
        return replaced;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        return out[outPos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, outLim - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && fill()) {
            int k = (int) Math.min(n - done, outLim - outPos);
            outPos += k;
            done += k;
        }
        return done;
    }

    @Override
    public int available() {
        return outLim - outPos;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {}

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark not supported");
    }

    /** Makes output available; false at the end. */
    private boolean fill() throws IOException {
        while (outPos == outLim) {
            outPos = 0;
            outLim = 0;
            // keep a possibly cut sequence at the end of the buffer for the next read
            if (inPos > 0) {
                System.arraycopy(in, inPos, in, 0, inLim - inPos);
                inLim -= inPos;
                inPos = 0;
            }
            while (!eof && inLim < in.length) {
                int n = super.in.read(in, inLim, in.length - inLim);
                if (n < 0) eof = true;
                else if (n == 0) break;
                else {
                    inLim += n;
                    break;
                }
            }
            if (inLim == 0 && eof) return false;
            convert();
            if (outLim == 0 && eof && inLim == inPos) return false;
        }
        return true;
    }

    private void convert() {
        byte[] src = in;
        int i = inPos;
        int run = i; // the start of the well-formed bytes not yet copied: copied in one go, not a sequence at a time
        while (i < inLim) {
            int c = src[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n > 0 && i + n > inLim && !eof) break; // the rest of the sequence is in the next read
            if (n > 0 && wellFormed(i, n)) {
                i += n;
                continue;
            }
            System.arraycopy(src, run, out, outLim, i - run);
            outLim += i - run;
            System.arraycopy(REPLACEMENT, 0, out, outLim, 3);
            outLim += 3;
            replaced++;
            if (counter != null) counter.increment();
            run = ++i;
        }
        System.arraycopy(src, run, out, outLim, i - run);
        outLim += i - run;
        inPos = i;
    }

    private boolean wellFormed(int i, int n) {
        if (i + n > inLim) return false;
        int c0 = in[i] & 0xFF;
        int c1 = in[i + 1] & 0xFF;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 == 0xE0) lo = 0xA0; // overlong
        else if (c0 == 0xED) hi = 0x9F; // surrogates
        else if (c0 == 0xF0) lo = 0x90; // overlong
        else if (c0 == 0xF4) hi = 0x8F; // above U+10FFFF
        if (c1 < lo || c1 > hi) return false;
        for (int k = 2; k < n; k++) if ((in[i + k] & 0xC0) != 0x80) return false;
        return true;
    }
}
