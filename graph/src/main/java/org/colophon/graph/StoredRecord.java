package org.colophon.graph;

import java.time.Instant;

/**
 * A record as the metadata graph describes it.
 *
 * @param meta what the record was put with
 * @param imported when this store wrote the record's graph
 * @param tripleCount how many triples the record graph holds
 */
public record StoredRecord(RecordMeta meta, Instant imported, long tripleCount) {}
