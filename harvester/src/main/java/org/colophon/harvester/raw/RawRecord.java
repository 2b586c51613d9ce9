package org.colophon.harvester.raw;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * One harvested record as the raw store keeps it: the OAI header and the metadata payload as received.
 *
 * @param identifier the OAI identifier
 * @param datestamp the header's datestamp, or {@code null}
 * @param deleted the header said {@code status="deleted"}
 * @param sets the header's setSpecs
 * @param format the payload's format
 * @param payload the metadata as a standalone XML document; empty for a deleted record
 * @param harvested when it was harvested
 */
public record RawRecord(
        String identifier,
        Instant datestamp,
        boolean deleted,
        List<String> sets,
        RecordFormat format,
        byte[] payload,
        Instant harvested) {

    public RawRecord {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** The record as the stages downstream take it; the locator is the OAI identifier. */
    public SourceRecord toSourceRecord(String sourceId) {
        return new SourceRecord(sourceId, identifier, identifier, datestamp, deleted, format, payload);
    }
}
