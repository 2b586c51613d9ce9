package org.colophon.graph.internal;

import java.util.Set;
import org.apache.jena.graph.Triple;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;

/** A put (or, with null meta and triples, a delete) held back to be written later in the batch. */
record Pending(RecordKey key, RecordMeta meta, Set<Triple> triples) {

    static Pending put(RecordMeta meta, Set<Triple> triples) {
        return new Pending(meta.key(), meta, triples);
    }

    static Pending delete(RecordKey key) {
        return new Pending(key, null, null);
    }

    boolean isDelete() {
        return triples == null;
    }

    void applyTo(RecordWriter writer) {
        if (isDelete()) {
            writer.delete(key);
        } else {
            writer.put(meta, triples);
        }
    }
}
