package org.colophon.graph;

import java.nio.file.Path;
import java.util.Objects;
import org.colophon.graph.internal.Tdb2GraphStore;

/** Settings for the embedded TDB2 store; {@link #open()} opens it. */
public final class GraphStoreBuilder {

    /** Default {@link #bulkThreshold(long)}: buffered triples above which a batch into an empty store bulk-loads. */
    public static final long DEFAULT_BULK_THRESHOLD = 200_000;

    private final Path dir;
    private long bulkThreshold = DEFAULT_BULK_THRESHOLD;
    private boolean parallelLoader;

    GraphStoreBuilder(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * When a batch starts on an empty store, its puts are buffered until this many triples; past it the batch goes
     * through TDB2's bulk loader instead of one ordinary write transaction. {@code Long.MAX_VALUE} turns the bulk
     * path off.
     */
    public GraphStoreBuilder bulkThreshold(long triples) {
        if (triples < 1) {
            throw new IllegalArgumentException("bulk threshold must be positive: " + triples);
        }
        this.bulkThreshold = triples;
        return this;
    }

    /**
     * Use TDB2's parallel loader (one thread per index; for machines with many cores) instead of the default phased
     * loader (fewer threads, suits small machines).
     */
    public GraphStoreBuilder parallelLoader(boolean parallel) {
        this.parallelLoader = parallel;
        return this;
    }

    /** Opens or creates the store, first rolling back an interrupted bulk load if one is found. */
    public GraphStore open() {
        return Tdb2GraphStore.open(dir, bulkThreshold, parallelLoader);
    }
}
