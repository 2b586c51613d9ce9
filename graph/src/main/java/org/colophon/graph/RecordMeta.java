package org.colophon.graph;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store keeps about one source record besides its triples: the key (source + record id), the named graph
 * that holds the record's triples, and the provenance that decides whether a re-import changes anything.
 *
 * @param sourceId the source (library), e.g. {@code bnu}
 * @param recordId the source's own record identifier
 * @param graphIri the named graph for this record, {@code {base}{sourceId}/{recordId}}
 * @param datestamp the source's datestamp, or {@code null} when the source gives none
 * @param checksum SHA-256 (hex) of the raw record bytes
 * @param mappingVersion the version of the mapping rules that produced the triples
 */
public record RecordMeta(
        String sourceId, String recordId, String graphIri, Instant datestamp, String checksum, String mappingVersion) {

    public RecordMeta {
        requireText(sourceId, "sourceId");
        requireText(recordId, "recordId");
        requireText(graphIri, "graphIri");
        requireText(checksum, "checksum");
        requireText(mappingVersion, "mappingVersion");
    }

    /** The (source, record id) key this record is stored under. */
    public RecordKey key() {
        return new RecordKey(sourceId, recordId);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
