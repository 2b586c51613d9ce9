package org.colophon.cli;

import java.util.Optional;
import org.colophon.graph.GraphStore;
import org.colophon.graph.StoredRecord;

/** The base IRI a store's records were minted under, read off one stored record ({@code {base}{source}/{id}}). */
final class MintedBase {
    private MintedBase() {}

    static Optional<String> of(GraphStore store) {
        for (String source : store.stats().sources().keySet()) {
            String id;
            try (var ids = store.recordIds(source)) {
                id = ids.findFirst().orElse(null);
            }
            if (id == null) continue;
            Optional<StoredRecord> r = store.record(source, id);
            if (r.isEmpty()) continue;
            String graph = r.get().meta().graphIri();
            String tail = source + "/" + id;
            if (graph.endsWith(tail)) return Optional.of(graph.substring(0, graph.length() - tail.length()));
        }
        return Optional.empty();
    }
}
