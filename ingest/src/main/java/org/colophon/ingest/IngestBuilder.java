package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.internal.SearchIndexListener;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.Quarantine;
import org.colophon.transform.Converter;

/** Settings for an {@link Ingest}; only the data directory is required. */
public final class IngestBuilder {
    /** Default records per commit once the store holds data. */
    public static final int DEFAULT_BATCH = 2000;

    final DataDir data;
    GraphStore store;
    Converter converter;
    private String base = "http://localhost:3030/";
    private Quarantine quarantine;
    private Path quarantineDir;
    final List<IngestListener> listeners = new ArrayList<>();
    int threads = Runtime.getRuntime().availableProcessors();
    int batchSize = DEFAULT_BATCH;
    long lingerMillis = 1000;
    boolean searchIndex = true;
    private IndexRebuild rebuild = IndexRebuild.QUIET;

    IngestBuilder(DataDir data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The store to write to (the caller keeps it and closes it). Default: the embedded TDB2 store in the data dir. */
    public IngestBuilder store(GraphStore store) {
        this.store = store;
        return this;
    }

    /** The base IRI records are minted under, for the default converter. */
    public IngestBuilder base(String base) {
        this.base = Objects.requireNonNull(base, "base");
        return this;
    }

    /** The converter (rules, code tables, base). Default: the built-in rules under {@link #base}. */
    public IngestBuilder converter(Converter converter) {
        this.converter = converter;
        return this;
    }

    /** Where bad records go (the caller closes it). Default: a {@link DirectoryQuarantine} in {@code DATA/quarantine}. */
    public IngestBuilder quarantine(Quarantine quarantine) {
        this.quarantine = quarantine;
        return this;
    }

    /** A {@link DirectoryQuarantine} in this directory instead of {@code DATA/quarantine}. */
    public IngestBuilder quarantineDir(Path dir) {
        this.quarantineDir = dir;
        return this;
    }

    /** Adds a listener that hears of every write inside the store's batch. */
    public IngestBuilder listener(IngestListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Conversion threads (default: all cores). */
    public IngestBuilder threads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
        return this;
    }

    /** Records per commit once the store holds data (default {@value #DEFAULT_BATCH}). */
    public IngestBuilder batchSize(int records) {
        if (records < 1) throw new IllegalArgumentException("batch size must be at least 1: " + records);
        this.batchSize = records;
        return this;
    }

    /** How long a harvest's pending pages may wait for more before they are committed anyway (default 1 s). */
    public IngestBuilder lingerMillis(long millis) {
        this.lingerMillis = Math.max(0, millis);
        return this;
    }

    /**
     * Whether to keep the discovery index in {@code DATA/index} in step with the store (default: yes). Off, nothing
     * writes the index, and it falls behind the store until {@code reindex}.
     */
    public IngestBuilder searchIndex(boolean on) {
        this.searchIndex = on;
        return this;
    }

    /**
     * What to do on opening a search index of an older format than this version's ({@link DiscoveryIndex#outdated()}):
     * rebuild it from the store before anything else, as {@code reindex} does, telling {@code progress} (the default,
     * quietly); null leaves it as it is (for {@code reindex} itself, which rebuilds it anyway).
     */
    public IngestBuilder rebuildOutdatedIndex(IndexRebuild progress) {
        this.rebuild = progress;
        return this;
    }

    /** Opens the store (unless one was given) and the quarantine. */
    public Ingest build() {
        if (converter == null) converter = Converter.builder().base(base).build();
        Quarantine q = quarantine;
        DirectoryQuarantine own = null;
        if (q == null) {
            try {
                own = new DirectoryQuarantine(quarantineDir != null ? quarantineDir : data.quarantine());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the quarantine: " + e.getMessage(), e);
            }
            q = own;
        }
        DiscoveryIndex index = null;
        SearchIndexListener indexListener = null;
        if (searchIndex) {
            index = DiscoveryIndex.open(data.index());
            indexListener = new SearchIndexListener(index, data.indexPending(), threads);
            listeners.add(0, indexListener);
        }
        Ingest ingest = new Ingest(this, store, q, own, index, indexListener);
        try {
            // an index of an older format answers some searches wrongly: rebuilt whole, which repairs it too
            if (index != null && rebuild != null && index.outdated()) ingest.rebuildOutdatedIndexAtOpen(rebuild);
            else if (index != null && SearchIndexListener.interrupted(data.indexPending())) ingest.repairIndexAtOpen();
        } catch (RuntimeException e) {
            ingest.close();
            throw e;
        }
        return ingest;
    }
}
