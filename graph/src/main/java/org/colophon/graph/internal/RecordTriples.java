package org.colophon.graph.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.colophon.graph.RecordMeta;

/** Checks a record's triples before anything is written, and removes duplicates so the stored count is exact. */
final class RecordTriples {

    private RecordTriples() {}

    static Set<Triple> distinct(RecordMeta meta, Collection<Triple> triples) {
        Set<Triple> distinct = new LinkedHashSet<>(triples.size() * 2);
        for (Triple t : triples) {
            if (t == null || !t.isConcrete()) {
                throw new IllegalArgumentException("record " + meta.key() + " (graph <" + meta.graphIri()
                        + ">): triple is not concrete and cannot be stored: " + t);
            }
            distinct.add(t);
        }
        return distinct;
    }
}
