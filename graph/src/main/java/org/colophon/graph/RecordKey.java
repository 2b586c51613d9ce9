package org.colophon.graph;

import java.util.Objects;

/** Identifies one source record in the store: the source and the source's own record id. */
public record RecordKey(String sourceId, String recordId) {

    public RecordKey {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public String toString() {
        return sourceId + ":" + recordId;
    }
}
