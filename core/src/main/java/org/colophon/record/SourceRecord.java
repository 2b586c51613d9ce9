package org.colophon.record;

import java.time.Instant;
import java.util.Objects;

/**
 * One record as it came from a source: the contract between every stage. Harvesters and file readers produce
 * these; the transform consumes them. The raw bytes are kept as they were received, so the record can be
 * checksummed, stored raw, quarantined or re-converted later.
 *
 * @param sourceId the source (library) this record came from, e.g. {@code bnu}
 * @param recordId the source's own identifier, or {@code null} when only the content knows it (a file record
 *        whose 001 is read by the transform)
 * @param locator where the record was found, for error messages: {@code file.mrc#12@40960} or an OAI identifier
 * @param datestamp the source's datestamp, or {@code null}
 * @param deleted true when the source says the record was deleted (then {@code raw} may be empty)
 * @param format the serialisation of {@code raw}
 * @param raw the record's bytes
 */
public record SourceRecord(
        String sourceId,
        String recordId,
        String locator,
        Instant datestamp,
        boolean deleted,
        RecordFormat format,
        byte[] raw) {

    public SourceRecord {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(raw, "raw");
    }

    /** A live record read from a file. */
    public static SourceRecord fromFile(String sourceId, String locator, RecordFormat format, byte[] raw) {
        return new SourceRecord(sourceId, null, locator, null, false, format, raw);
    }

    /** A copy with the record id set. */
    public SourceRecord withRecordId(String id) {
        return new SourceRecord(sourceId, id, locator, datestamp, deleted, format, raw);
    }

    @Override
    public String toString() {
        return sourceId + ":" + (recordId != null ? recordId : locator);
    }
}
