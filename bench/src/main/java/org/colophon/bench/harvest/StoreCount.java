package org.colophon.bench.harvest;

import java.nio.file.Path;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.StoreStats;

/** What a {@code colophon} process left in a data directory's store, read after it exited. */
final class StoreCount {
    private StoreCount() {}

    /** Records and triples in the store of data directory {@code data}. */
    static StoreStats of(Path data) {
        try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
            return store.stats();
        }
    }
}
