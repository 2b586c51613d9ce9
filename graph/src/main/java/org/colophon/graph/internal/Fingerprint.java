package org.colophon.graph.internal;

import org.colophon.graph.RecordMeta;

/** What decides whether a put changes a stored record: same fingerprint means unchanged. */
record Fingerprint(String graphIri, String checksum, String mappingVersion) {

    static Fingerprint of(RecordMeta meta) {
        return new Fingerprint(meta.graphIri(), meta.checksum(), meta.mappingVersion());
    }
}
