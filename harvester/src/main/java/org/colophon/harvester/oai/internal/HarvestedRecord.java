package org.colophon.harvester.oai.internal;

import java.time.Instant;
import java.util.List;
import org.colophon.record.RecordFormat;

/**
 * One record of a ListRecords or GetRecord response.
 *
 * @param identifier the header's identifier
 * @param datestamp the header's datestamp, or {@code null} if missing or unreadable
 * @param deleted the header's status is {@code deleted}
 * @param sets the header's setSpecs
 * @param format the payload's format, or {@code null} when there is no payload or it is neither MARCXML nor oai_dc
 * @param payload the payload as a standalone XML document, empty for deleted records
 * @param payloadElement the payload's root element as {@code {ns}local}, for messages
 */
public record HarvestedRecord(
        String identifier,
        Instant datestamp,
        boolean deleted,
        List<String> sets,
        RecordFormat format,
        byte[] payload,
        String payloadElement) {}
