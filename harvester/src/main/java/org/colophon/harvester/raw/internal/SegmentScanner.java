package org.colophon.harvester.raw.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a segment's frames in order, from a start offset up to a limit, through a buffer of its own (memory: the
 * buffer, 1 MB, or the largest frame). A stretch that is not a whole frame (a tail torn by a kill, bytes damaged on
 * disk) is reported once as damage, and the scan goes on at the next whole frame after it (magic, length and CRC
 * all right).
 */
public final class SegmentScanner implements Closeable {
    private static final int BUFFER = 1 << 20;

    private final FileChannel ch;
    private final long limit;
    private byte[] buf = new byte[BUFFER];
    /** File offset of buf[0]. */
    private long bufStart;

    private int bufLen;
    private long pos;

    // the current item
    private boolean damage;
    private long offset;
    private long length;
    private int bodyOffset;
    private int bodyLength;

    /**
     * @param start where the first frame begins (after the segment header)
     * @param limit where to stop ({@code -1}: the file's size when opened)
     */
    public SegmentScanner(Path file, long start, long limit) throws IOException {
        this.ch = FileChannel.open(file, StandardOpenOption.READ);
        this.limit = limit < 0 ? ch.size() : Math.min(limit, ch.size());
        this.pos = start;
        this.bufStart = start;
    }

    /** Moves to the next frame or damaged stretch; false at the end. */
    public boolean next() throws IOException {
        if (pos >= limit) return false;
        offset = pos;
        if (frameAt(pos)) {
            damage = false;
            length = Frames.FRAME_HEADER + (long) bodyLength;
            pos += length;
            return true;
        }
        long p = pos + 1;
        while (p < limit && !frameAt(p)) p++;
        damage = true;
        length = p - offset;
        pos = p;
        return true;
    }

    /** Whether a whole frame starts at {@code p}; if so its body is in the buffer at {@link #bodyOffset}. */
    private boolean frameAt(long p) throws IOException {
        if (p + Frames.FRAME_HEADER > limit) return false;
        if (!fill(p, Frames.FRAME_HEADER)) return false;
        int at = (int) (p - bufStart);
        if (ByteBuffer.wrap(buf).getInt(at) != Frames.MAGIC) return false;
        int len = ByteBuffer.wrap(buf).getInt(at + 4);
        if (len < 2 || len > Frames.MAX_BODY || p + Frames.FRAME_HEADER + len > limit) return false;
        int crc = ByteBuffer.wrap(buf).getInt(at + 8);
        if (!fill(p, Frames.FRAME_HEADER + len)) return false;
        at = (int) (p - bufStart);
        if (!Frames.crcMatches(buf, at + Frames.FRAME_HEADER, len, crc)) return false;
        bodyOffset = at + Frames.FRAME_HEADER;
        bodyLength = len;
        return true;
    }

    /** Makes {@code n} bytes from file offset {@code p} available in the buffer. */
    private boolean fill(long p, int n) throws IOException {
        if (p >= bufStart && p + n <= bufStart + bufLen) return true;
        byte[] to = n > buf.length ? new byte[Math.max(n, buf.length * 2)] : buf;
        int keep = 0;
        if (p >= bufStart && p < bufStart + bufLen) {
            keep = (int) (bufStart + bufLen - p);
            System.arraycopy(buf, (int) (p - bufStart), to, 0, keep);
        }
        buf = to;
        bufStart = p;
        bufLen = keep;
        ByteBuffer target = ByteBuffer.wrap(buf);
        target.position(keep);
        long want = Math.min(buf.length, limit - p);
        target.limit((int) want);
        while (target.hasRemaining()) {
            int got = ch.read(target, p + target.position());
            if (got < 0) break;
        }
        bufLen = target.position();
        return bufLen >= n;
    }

    /** Whether the current item is damage rather than a frame. */
    public boolean damaged() {
        return damage;
    }

    /** File offset of the current frame or damaged stretch. */
    public long offset() {
        return offset;
    }

    /** Bytes of the current frame (header included) or damaged stretch. */
    public long length() {
        return length;
    }

    /** The buffer holding the current frame; valid until the next call to {@link #next}. */
    public byte[] buffer() {
        return buf;
    }

    public int bodyOffset() {
        return bodyOffset;
    }

    public int bodyLength() {
        return bodyLength;
    }

    /** Where the scan stops. */
    public long limit() {
        return limit;
    }

    /** Up to {@code max} bytes of the current damaged stretch, for a quarantine. */
    public byte[] damagedBytes(int max) throws IOException {
        int n = (int) Math.min(max, length);
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, offset + b.position()) < 0) break;
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
