package org.colophon.graph;

/** What one put or delete did to the store. */
public enum Outcome {
    /** The record was new: its graph and metadata were written. */
    ADDED,
    /** The record was known with another checksum, mapping version or graph IRI: its graph was dropped and rewritten. */
    REPLACED,
    /** The record was known with the same checksum and mapping version: nothing was written. */
    UNCHANGED,
    /** The record's graph and metadata were removed. */
    DELETED,
    /** A delete named a record the store does not hold: nothing was written. */
    NOT_FOUND
}
