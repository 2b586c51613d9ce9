package org.colophon.harvester.raw.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/**
 * The latest version of every live record of one source, read sequentially through the segments in the order they
 * were written: a frame is handed on when the index says it is its record's latest version and the record is live.
 * Memory: the scanner's buffer and one record. A damaged stretch of a segment, or a frame that does not decode, goes
 * to the quarantine with the segment and offset, and reading goes on. While a reader is open the store is not
 * compacted; records written meanwhile may or may not be seen.
 */
public final class SegmentRecords implements RecordSource {
    private final SourceStore store;
    private final String sourceId;
    private final Quarantine quarantine;
    private final Runnable onClose;
    private int segment;
    private SegmentScanner scanner;
    private RawRecord next;
    private boolean closed;

    /**
     * @param onClose run once when the reader is closed (releases the caller's hold on the store)
     */
    public SegmentRecords(SourceStore store, Quarantine quarantine, Runnable onClose) {
        this.store = store;
        this.sourceId = store.sourceId();
        this.quarantine = quarantine;
        this.onClose = onClose;
        store.readerOpened();
    }

    /** The next live record with its sets and harvest time, or null at the end. */
    public RawRecord nextRaw() {
        if (!hasNext()) return null;
        RawRecord r = next;
        next = null;
        return r;
    }

    @Override
    public boolean hasNext() {
        if (closed) return false;
        try {
            while (next == null) {
                if (scanner == null) {
                    int after = store.segmentAfter(segment);
                    if (after < 0) return false; // stays at the last segment: asking again still says no
                    segment = after;
                    scanner =
                            new SegmentScanner(store.segment(segment), Frames.SEGMENT_HEADER, store.readLimit(segment));
                }
                if (!scanner.next()) {
                    scanner.close();
                    scanner = null;
                    continue;
                }
                if (scanner.damaged()) {
                    quarantine.put(
                            SourceRecord.fromFile(
                                    sourceId, where(), RecordFormat.MARCXML, scanner.damagedBytes(1 << 16)),
                            "raw",
                            where() + ": " + scanner.length() + " damaged bytes in the raw store, skipped");
                    continue;
                }
                byte[] buf = scanner.buffer();
                int body = scanner.bodyOffset();
                if (Frames.kind(buf, body) != Frames.LIVE) continue;
                String id;
                try {
                    id = Frames.identifier(buf, body);
                    if (!store.isLatest(id, segment, scanner.offset())) continue;
                    next = store.decode(buf, body, scanner.bodyLength());
                } catch (IOException | RuntimeException e) {
                    quarantine.put(
                            SourceRecord.fromFile(sourceId, where(), RecordFormat.MARCXML, new byte[0]),
                            "raw",
                            where() + ": unreadable raw record: " + e.getMessage());
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the raw store of '" + sourceId + "' failed", e);
        }
    }

    private String where() {
        return String.format("raw/%s/seg-%06d.dat@%d", sourceId, segment, scanner.offset());
    }

    @Override
    public SourceRecord next() {
        RawRecord r = nextRaw();
        if (r == null) throw new NoSuchElementException();
        return r.toSourceRecord(sourceId);
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (scanner != null) scanner.close();
        } catch (IOException e) {
            // nothing to lose when closing a reader
        } finally {
            store.readerClosed();
            onClose.run();
        }
    }
}
