package org.colophon.bench;

import java.nio.file.Path;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.StoreStats;

/** What a {@code colophon} process left in a data directory's store, read after it exited. */
public final class StoreCount {
    private StoreCount() {}

    /** What the store of data directory {@code data} takes on disk, as {@code colophon stats} says ({@code du}). */
    public static long diskBytes(Path data) {
        try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
            return store.diskUse().orElseThrow().bytes();
        }
    }

    /** Records and triples in the store of data directory {@code data}. */
    public static StoreStats of(Path data) {
        try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
            return store.stats();
        }
    }
}
