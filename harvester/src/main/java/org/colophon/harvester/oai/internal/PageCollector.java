package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.harvester.raw.RawStore;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * Receives the records of one page: hands each to the sink, counts it, and collects it for the raw store, which
 * keeps the whole page in one write once the page is read ({@link #keepRaw}). Records that
 * cannot be used (no identifier, a payload neither MARCXML nor oai_dc) are reported and counted as errors.
 */
final class PageCollector implements RecordsBody.Receiver {
    private final String sourceId;
    private final RecordFormat deletedFormat;
    private final RawStore raw;
    private final RecordSink sink;
    private final Consumer<String> warn;
    private final Instant harvested = Instant.now();

    long live;
    long gone;
    long errors;
    Instant newest;
    final List<String> liveIds = new ArrayList<>();
    /** The page's records for the raw store; the payloads are the arrays the sink got, not copies. */
    private final List<RawRecord> rawPage = new ArrayList<>();

    PageCollector(String sourceId, String prefix, RawStore raw, RecordSink sink, Consumer<String> warn) {
        this.sourceId = sourceId;
        this.deletedFormat = prefix.toLowerCase(java.util.Locale.ROOT).contains("marc")
                ? RecordFormat.MARCXML
                : RecordFormat.DUBLIN_CORE;
        this.raw = raw;
        this.sink = sink;
        this.warn = warn;
    }

    /** Whether records of this page reached the sink (since the last attempt began). */
    boolean received() {
        return live + gone > 0;
    }

    /** Keeps the page's records in the raw store, in one write. */
    void keepRaw() throws IOException {
        if (raw != null && !rawPage.isEmpty()) raw.putPage(sourceId, rawPage);
        rawPage.clear();
    }

    @Override
    public void begin() {
        if (live + gone > 0) sink.pageAborted(sourceId);
        live = 0;
        gone = 0;
        errors = 0;
        newest = null;
        liveIds.clear();
        rawPage.clear();
    }

    @Override
    public void record(HarvestedRecord h) {
        if (h.identifier() == null || h.identifier().isBlank()) {
            errors++;
            warn.accept("a record without identifier was skipped");
            return;
        }
        if (h.datestamp() != null && (newest == null || h.datestamp().isAfter(newest))) newest = h.datestamp();
        RecordFormat format = h.deleted() ? (h.format() == null ? deletedFormat : h.format()) : h.format();
        if (format == null) {
            errors++;
            warn.accept("record " + h.identifier() + ": metadata "
                    + (h.payloadElement() == null ? "missing" : h.payloadElement() + " is neither MARCXML nor oai_dc")
                    + "; skipped");
            return;
        }
        byte[] payload = h.deleted() ? new byte[0] : h.payload();
        try {
            if (raw != null) {
                rawPage.add(new RawRecord(
                        h.identifier(), h.datestamp(), h.deleted(), h.sets(), format, payload, harvested));
            }
            sink.accept(new SourceRecord(
                    sourceId, h.identifier(), h.identifier(), h.datestamp(), h.deleted(), format, payload));
        } catch (IOException e) {
            throw new SinkFailure(e);
        }
        if (h.deleted()) {
            gone++;
        } else {
            live++;
            liveIds.add(h.identifier());
        }
    }
}
