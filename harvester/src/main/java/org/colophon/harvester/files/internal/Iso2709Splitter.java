package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * Splits ISO 2709 bytes on the record terminator 0x1D, never on the leader's length, so one bad length cannot
 * swallow the records after it. Blank bytes between records are skipped; a last fragment without terminator is
 * still a record (the decoder decides what it is worth). A run of more than {@value #MAX} bytes without a
 * terminator is quarantined and skipped.
 */
public final class Iso2709Splitter extends LookaheadSource {
    static final int MAX = 16 << 20;
    private static final int RT = 0x1D;

    private final InputStream in;
    private final String name;
    private final String sourceId;
    private final RecordFormat format;
    private final Quarantine quarantine;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] buf = new byte[1 << 14];
    private long offset;
    private int ordinal;

    public Iso2709Splitter(InputStream in, String name, String sourceId, RecordFormat format, Quarantine q) {
        this.in = in;
        this.name = name;
        this.sourceId = sourceId;
        this.format = format;
        this.quarantine = q;
    }

    @Override
    protected SourceRecord read() {
        try {
            return readRecord();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": read failed after byte " + offset, e);
        }
    }

    private SourceRecord readRecord() throws IOException {
        while (true) {
            int c = nextByte();
            offset++;
            while (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0 || c == RT) {
                c = nextByte();
                offset++;
            }
            if (c < 0) return null;
            long start = offset - 1;
            int len = 0;
            boolean overlong = false;
            while (c >= 0) {
                if (len < MAX) {
                    if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
                    buf[len++] = (byte) c;
                } else {
                    overlong = true;
                }
                if (c == RT) break;
                c = nextByte();
                offset++;
            }
            if (c < 0) offset--;
            String locator = name + "#" + (++ordinal) + "@" + start;
            SourceRecord r = SourceRecord.fromFile(sourceId, locator, format, Arrays.copyOf(buf, len));
            if (buf.length > (1 << 20)) buf = new byte[1 << 14];
            if (!overlong) return r;
            quarantine.put(
                    r,
                    "read",
                    locator + ": no record terminator (0x1D) within " + MAX + " bytes; the first " + MAX
                            + " bytes are kept, the rest up to the next terminator skipped");
        }
    }

    private int nextByte() throws IOException {
        if (pos == lim) {
            lim = in.read(chunk, 0, chunk.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return chunk[pos++] & 0xFF;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": close failed", e);
        }
    }
}
