package org.colophon.harvester.raw.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.record.RecordFormat;

/**
 * The byte layout of segment files. A segment starts with a 16-byte header ({@code CLPHSEG1}, version, zero) and
 * holds frames back to back. A frame is
 *
 * <pre>
 * u32 magic 0x52574631 ("RWF1") | u32 body length | u32 CRC-32C of the body | body
 * body: u8 kind (0 live, 1 deleted at the source, 2 removed from the store) | u8 payload encoding (0 stored,
 *       1 raw deflate) | i32 id length, id (UTF-8) | i64 datestamp epoch second (MIN_VALUE: none), i32 nanos |
 *       i64 harvested epoch second (MIN_VALUE: none), i32 nanos | u8 format length, format name (ASCII) |
 *       i32 set count, each i32 length + UTF-8 | i32 payload length (uncompressed) | payload bytes
 * </pre>
 *
 * The header fields are in clear, so a scan that only needs identifiers (rebuilding the index) never inflates a
 * payload; the CRC lets a scan tell a frame torn by a kill from a whole one. Big-endian throughout.
 */
public final class Frames {
    public static final byte[] SEGMENT_MAGIC = "CLPHSEG1".getBytes(StandardCharsets.US_ASCII);
    public static final int SEGMENT_VERSION = 1;
    public static final int SEGMENT_HEADER = 16;
    public static final int MAGIC = 0x52574631;
    public static final int FRAME_HEADER = 12;
    /** Largest body accepted when reading; anything longer is damage. */
    public static final int MAX_BODY = 1 << 30;

    public static final int LIVE = 0;
    public static final int DELETED = 1;
    public static final int REMOVED = 2;

    private static final int STORED = 0;
    private static final int DEFLATED = 1;
    /** Payloads shorter than this are stored as they are: deflate gains nothing on them. */
    private static final int DEFLATE_FROM = 128;

    private Frames() {}

    /** The segment header. */
    public static byte[] segmentHeader() {
        ByteBuffer b = ByteBuffer.allocate(SEGMENT_HEADER);
        b.put(SEGMENT_MAGIC).putInt(SEGMENT_VERSION).putInt(0);
        return b.array();
    }

    /** Whether these bytes are a segment header this code reads. */
    public static boolean isSegmentHeader(ByteBuffer b) {
        if (b.remaining() < SEGMENT_HEADER) return false;
        for (int i = 0; i < SEGMENT_MAGIC.length; i++) {
            if (b.get(b.position() + i) != SEGMENT_MAGIC[i]) return false;
        }
        return b.getInt(b.position() + 8) == SEGMENT_VERSION;
    }

    /** Encodes frames into a growing buffer, with one Deflater reused. Not thread safe. */
    public static final class Encoder {
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final CRC32C crc = new CRC32C();
        private byte[] scratch = new byte[64 * 1024];

        /** Appends the frame of a record (kind LIVE or DELETED by its flag) to {@code out}; returns its length. */
        public int record(RawRecord r, ByteArrayOutputStream out) {
            return frame(r.deleted() ? DELETED : LIVE, r.identifier(), r, out);
        }

        /** Appends a marker that the record is no longer in the store. */
        public int removed(String identifier, ByteArrayOutputStream out) {
            return frame(REMOVED, identifier, null, out);
        }

        private int frame(int kind, String id, RawRecord r, ByteArrayOutputStream out) {
            byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
            byte[] format = r == null ? new byte[0] : r.format().name().getBytes(StandardCharsets.US_ASCII);
            List<byte[]> sets = new ArrayList<>();
            int setBytes = 0;
            if (r != null) {
                for (String s : r.sets()) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    sets.add(b);
                    setBytes += 4 + b.length;
                }
            }
            byte[] payload = r == null ? new byte[0] : r.payload();
            int encoding = payload.length >= DEFLATE_FROM ? DEFLATED : STORED;
            int packed = encoding == DEFLATED ? deflate(payload) : payload.length;
            int body = 1 + 1 + 4 + idBytes.length + 12 + 12 + 1 + format.length + 4 + setBytes + 4 + packed;
            ByteBuffer b = ByteBuffer.allocate(FRAME_HEADER + body);
            b.putInt(MAGIC).putInt(body).putInt(0);
            b.put((byte) kind).put((byte) encoding);
            b.putInt(idBytes.length).put(idBytes);
            instant(b, r == null ? null : r.datestamp());
            instant(b, r == null ? null : r.harvested());
            b.put((byte) format.length).put(format);
            b.putInt(sets.size());
            for (byte[] s : sets) b.putInt(s.length).put(s);
            b.putInt(payload.length);
            if (encoding == DEFLATED) b.put(scratch, 0, packed);
            else b.put(payload);
            crc.reset();
            crc.update(b.array(), FRAME_HEADER, body);
            b.putInt(8, (int) crc.getValue());
            out.write(b.array(), 0, b.capacity());
            return b.capacity();
        }

        private int deflate(byte[] payload) {
            deflater.reset();
            deflater.setInput(payload);
            deflater.finish();
            int n = 0;
            while (!deflater.finished()) {
                if (n == scratch.length) scratch = java.util.Arrays.copyOf(scratch, scratch.length * 2);
                n += deflater.deflate(scratch, n, scratch.length - n);
            }
            return n;
        }

        public void close() {
            deflater.end();
        }
    }

    private static void instant(ByteBuffer b, Instant i) {
        if (i == null) b.putLong(Long.MIN_VALUE).putInt(0);
        else b.putLong(i.getEpochSecond()).putInt(i.getNano());
    }

    private static Instant instant(ByteBuffer b) {
        long s = b.getLong();
        int n = b.getInt();
        return s == Long.MIN_VALUE ? null : Instant.ofEpochSecond(s, n);
    }

    /** Whether the CRC of a body matches. */
    public static boolean crcMatches(byte[] buf, int bodyOffset, int bodyLength, int expected) {
        CRC32C c = new CRC32C();
        c.update(buf, bodyOffset, bodyLength);
        return (int) c.getValue() == expected;
    }

    /** The kind of a frame from its body. */
    public static int kind(byte[] buf, int bodyOffset) {
        return buf[bodyOffset];
    }

    /** The identifier of a frame from its body. */
    public static String identifier(byte[] buf, int bodyOffset) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf);
        int len = b.getInt(bodyOffset + 2);
        if (len < 0 || bodyOffset + 6 + len > buf.length) throw new IOException("bad identifier length " + len);
        return new String(buf, bodyOffset + 6, len, StandardCharsets.UTF_8);
    }

    /** Decodes a whole body (kind LIVE or DELETED); the payload is inflated with the given inflater. */
    public static RawRecord decode(byte[] buf, int bodyOffset, int bodyLength, Inflater inflater) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(buf, bodyOffset, bodyLength).slice();
            int kind = b.get();
            int encoding = b.get();
            byte[] id = new byte[b.getInt()];
            b.get(id);
            Instant datestamp = instant(b);
            Instant harvested = instant(b);
            byte[] format = new byte[b.get() & 0xFF];
            b.get(format);
            int setCount = b.getInt();
            if (setCount < 0 || setCount > bodyLength) throw new IOException("bad set count " + setCount);
            List<String> sets = new ArrayList<>(setCount);
            for (int i = 0; i < setCount; i++) {
                byte[] s = new byte[b.getInt()];
                b.get(s);
                sets.add(new String(s, StandardCharsets.UTF_8));
            }
            int size = b.getInt();
            if (size < 0) throw new IOException("bad payload length " + size);
            byte[] payload = new byte[size];
            if (encoding == STORED) {
                b.get(payload);
            } else if (encoding == DEFLATED) {
                inflater.reset();
                inflater.setInput(buf, bodyOffset + b.position(), b.remaining());
                int n = 0;
                while (n < size) {
                    int got = inflater.inflate(payload, n, size - n);
                    if (got == 0 && (inflater.finished() || inflater.needsInput())) break;
                    n += got;
                }
                if (n != size) throw new IOException("payload inflates to " + n + " bytes, not " + size);
            } else {
                throw new IOException("unknown payload encoding " + encoding);
            }
            return new RawRecord(
                    new String(id, StandardCharsets.UTF_8),
                    datestamp,
                    kind == DELETED,
                    sets,
                    RecordFormat.valueOf(new String(format, StandardCharsets.US_ASCII)),
                    payload,
                    harvested);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | DataFormatException e) {
            throw new IOException("undecodable record: " + e, e);
        }
    }
}
