package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.colophon.config.SourceConfig;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.Compaction;
import org.colophon.graph.DiskUse;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.harvester.oai.HarvestListener;
import org.colophon.harvester.oai.HarvestOptions;
import org.colophon.harvester.oai.HarvestResult;
import org.colophon.harvester.oai.Harvester;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.harvester.raw.RawStore;
import org.colophon.ingest.internal.BatchWriter;
import org.colophon.ingest.internal.HarvestLoader;
import org.colophon.ingest.internal.IndexSync;
import org.colophon.ingest.internal.PageWriter;
import org.colophon.ingest.internal.SearchIndexListener;
import org.colophon.ingest.internal.Tally;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;

/**
 * The one write path: every way a record enters or leaves the store — files, OAI-PMH pages, the raw store for
 * reprocessing, deletions — goes through here, becomes store writes, quarantine entries and provenance, and is
 * told to every {@link IngestListener} inside the same batch. Commands parse options and call these methods.
 *
 * <pre>
 * try (Ingest ingest = Ingest.builder(DataDir.of(dir)).base(base).build()) {
 *     IngestSummary s = ingest.importFiles(files, "bnu", null, progress);
 * }
 * </pre>
 *
 * <p>One ingestion at a time per store: the store's batches are serialised anyway, and the methods here are not meant
 * to be called concurrently.
 */
public final class Ingest implements AutoCloseable {
    /** Progress is reported at most this often. */
    static final long PROGRESS_MILLIS = 2000;

    private final DataDir data;
    private GraphStore store;
    private final boolean ownsStore;
    private final Converter converter;
    private final Quarantine quarantine;
    private final AutoCloseable quarantineToClose;
    private final List<IngestListener> listeners;
    private final int threads;
    private final int batchSize;
    private final long lingerMillis;

    private final DiscoveryIndex index;
    private final SearchIndexListener indexListener;
    private IndexCheck repairedAtOpen;
    private long rebuiltAtOpen = -1;

    Ingest(
            IngestBuilder b,
            GraphStore store,
            Quarantine quarantine,
            AutoCloseable quarantineToClose,
            DiscoveryIndex index,
            SearchIndexListener indexListener) {
        this.index = index;
        this.indexListener = indexListener;
        this.data = b.data;
        this.store = store;
        this.ownsStore = b.store == null;
        this.converter = b.converter;
        this.quarantine = quarantine;
        this.quarantineToClose = quarantineToClose;
        this.listeners = List.copyOf(b.listeners);
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.lingerMillis = b.lingerMillis;
    }

    /** Settings for ingesting into the data directory {@code data}. */
    public static IngestBuilder builder(DataDir data) {
        return new IngestBuilder(data);
    }

    public DataDir data() {
        return data;
    }

    /** The store; the embedded one in the data directory is opened on first use when none was given. */
    public synchronized GraphStore store() {
        if (store == null) store = GraphStore.open(data.tdb2());
        return store;
    }

    public Quarantine quarantine() {
        return quarantine;
    }

    public Converter converter() {
        return converter;
    }

    /** The discovery index, when this ingestion keeps one. */
    public Optional<DiscoveryIndex> searchIndex() {
        return Optional.ofNullable(index);
    }

    /** What the repair found when this ingestion opened an index a crash had left behind the store, if it did. */
    public Optional<IndexCheck> repairedAtOpen() {
        return Optional.ofNullable(repairedAtOpen);
    }

    /** How many records the rebuild of an outdated index indexed when this ingestion opened it, if it did. */
    public java.util.OptionalLong rebuiltAtOpen() {
        return rebuiltAtOpen < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(rebuiltAtOpen);
    }

    void rebuildOutdatedIndexAtOpen(IndexRebuild progress) {
        long t0 = System.nanoTime();
        progress.started(index.format(), DiscoveryIndex.FORMAT);
        rebuiltAtOpen = IndexSync.rebuild(store(), index, listeners, progress::indexed);
        SearchIndexListener.clear(data.indexPending());
        progress.finished(rebuiltAtOpen, (System.nanoTime() - t0) / 1e9);
    }

    void repairIndexAtOpen() {
        repairedAtOpen = IndexSync.repair(store(), index, listeners);
        SearchIndexListener.clear(data.indexPending());
    }

    /** The discovery index compared with the store: ids and checksums of every record. */
    public IndexCheck checkIndex() {
        return IndexSync.check(store(), requireIndex());
    }

    /** Rebuilds the discovery index from the store; returns how many records were indexed. */
    public long reindex(java.util.function.LongConsumer progress) {
        return IndexSync.rebuild(store(), requireIndex(), listeners, progress);
    }

    /**
     * Tells every listener again about stored records whose graphs did not change (by graph IRI), in batches of their
     * own, so what listeners derive from them follows a change elsewhere: a cataloguer's review decision relinks the
     * record's headings, and the search index takes the new links in the same commit. Returns how many records were
     * refreshed.
     */
    public int refresh(Collection<String> graphs) {
        try (BatchWriter writer = new BatchWriter(store(), converter, listeners, quarantine, new Tally(quarantine))) {
            return writer.refresh(graphs);
        }
    }

    /** A store on disk more than this many times what its records took packed is compacted after bulk work. */
    public static final double COMPACT_RATIO = 2.0;
    /**
     * A store with no reference size (first written by a run that was killed and resumed) is compacted once past this
     * size, which measures it.
     */
    public static final long COMPACT_UNMEASURED_BYTES = 1L << 30;

    /**
     * After bulk work: compacts the embedded store when copy-on-write has grown it past {@link #COMPACT_RATIO} times
     * what its records take packed (see {@link DiskUse#worthCompacting}); nothing for a remote store.
     */
    public Optional<Compaction> compactIfGrown() {
        GraphStore store = store();
        Optional<DiskUse> use = store.diskUse();
        if (use.isEmpty()
                || !use.get().worthCompacting(COMPACT_RATIO, () -> store.stats().records(), COMPACT_UNMEASURED_BYTES))
            return Optional.empty();
        return Optional.of(store.compact());
    }

    /** An empty store is packed when its files hold more than this (a fresh one takes well under 1 MB). */
    static final long EMPTY_STORE_BYTES = 16L << 20;

    /**
     * Before a first load: an empty store whose files still hold what was cleared from it (a killed bulk load is undone
     * by clearing, every record deleted) is compacted first, which takes a moment with nothing live, so that the size
     * the load leaves, its reference for later growth, is what the data takes.
     */
    static void packIfEmpty(GraphStore store, long limit) {
        if (store.diskUse().filter(u -> u.bytes() > limit).isPresent()) store.compact();
    }

    private DiscoveryIndex requireIndex() {
        if (index == null) throw new IllegalStateException("this ingestion keeps no search index");
        return index;
    }

    /**
     * Converts and loads the records of {@code files} for one source ({@code format} null: sniff each file). Into an
     * empty store the whole run is one batch, so the store can take its bulk path; otherwise records are committed
     * every {@code batchSize}.
     */
    public IngestSummary importFiles(
            List<Path> files, String sourceId, RecordFormat format, Consumer<IngestSummary> progress) {
        try (FileRecords records = new FileRecords(files, sourceId, format, quarantine)) {
            return load(records, progress).withInvalidUtf8(records.invalidUtf8());
        }
    }

    /** Converts and loads a stream of records (files, the raw store); deleted records drop their graphs. */
    public IngestSummary load(RecordSource records, Consumer<IngestSummary> progress) {
        GraphStore store = store();
        boolean empty = store.isEmpty();
        if (empty) packIfEmpty(store, EMPTY_STORE_BYTES);
        Tally tally = new Tally(quarantine);
        long[] lastProgress = {System.currentTimeMillis()};
        try (BatchWriter writer = new BatchWriter(store, converter, listeners, quarantine, tally)) {
            Deletions deletions = new Deletions(records, writer);
            new ConversionRun(converter, quarantine, threads, null).run(deletions, c -> {
                writer.put(c);
                if (!empty && writer.pending() >= batchSize) writer.commit();
                if (progress != null && System.currentTimeMillis() - lastProgress[0] > PROGRESS_MILLIS) {
                    lastProgress[0] = System.currentTimeMillis();
                    progress.accept(tally.summary());
                }
            });
            writer.commit();
        }
        if (empty) store.measureFirstLoad();
        return tally.summary();
    }

    /** Re-converts one source's records from the raw store ({@code DATA/raw}) and loads what changed. */
    public IngestSummary reprocess(String sourceId, Consumer<IngestSummary> progress) {
        RawStore raw = RawStore.open(data.raw());
        try (RecordSource records = raw.read(sourceId, quarantine)) {
            return load(records, progress);
        }
    }

    /** Removes the given records of one source in one batch. */
    public BatchCounts delete(String sourceId, Collection<String> recordIds) {
        Tally tally = new Tally(quarantine);
        try (BatchWriter writer = new BatchWriter(store(), converter, listeners, quarantine, tally)) {
            for (String id : recordIds) writer.delete(sourceId, id);
            writer.commit();
        }
        return new BatchCounts(0, 0, 0, tally.count(Outcome.DELETED), tally.count(Outcome.NOT_FOUND));
    }

    /** Removes every record of one source that {@code keep} does not hold; returns how many were removed. */
    public long removeAbsent(String sourceId, Set<String> keep) {
        List<String> gone;
        try (var held = store().recordIds(sourceId)) {
            gone = held.filter(id -> !keep.contains(id)).toList();
        }
        return gone.isEmpty() ? 0 : delete(sourceId, gone).deleted();
    }

    /**
     * Harvests the sources over OAI-PMH and loads each page as it arrives (or, with {@code load} false, only keeps
     * the raw records for {@link #reprocess}). A full run ({@link HarvestOptions#full()}) then removes from the store
     * and the raw store what each source no longer has.
     */
    public HarvestRun harvest(
            List<SourceConfig> sources, HarvestOptions options, HarvestListener listener, boolean load) {
        Harvester harvester =
                Harvester.builder().dataDir(data.root()).listener(listener).build();
        Tally tally = new Tally(quarantine);
        List<HarvestResult> results;
        List<String> removals = new ArrayList<>();
        if (!load) {
            results = harvester.harvestAll(sources, options, DISCARD);
        } else {
            boolean empty = store().isEmpty();
            if (empty) packIfEmpty(store(), EMPTY_STORE_BYTES);
            try (BatchWriter batch = new BatchWriter(store(), converter, listeners, quarantine, tally);
                    PageWriter writer = new PageWriter(batch, batchSize, lingerMillis, 8)) {
                results = harvester.harvestAll(
                        sources, options, new HarvestLoader(converter, quarantine, threads, writer));
            }
            if (empty && results.stream().allMatch(HarvestResult::ok)) store().measureFirstLoad();
        }
        if (options.full()) {
            for (HarvestResult r : results) {
                if (!r.ok()) continue;
                Set<String> seen;
                try {
                    seen = r.seenIdentifiers();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (load) {
                    long n = removeAbsent(r.sourceId(), seen);
                    if (n > 0) removals.add(r.sourceId() + ": removed " + n + " records the source no longer has");
                }
                harvester.rawStore().ifPresent(raw -> {
                    try {
                        raw.retainOnly(r.sourceId(), seen::contains);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return new HarvestRun(results, load ? tally.summary() : null, removals);
    }

    /**
     * What {@link #harvest} did.
     *
     * @param results per source
     * @param store what the store did with the harvested records, or {@code null} when nothing was loaded
     * @param removals one line per source a full run removed records of
     */
    public record HarvestRun(List<HarvestResult> results, IngestSummary store, List<String> removals) {
        public boolean ok() {
            return results.stream().allMatch(HarvestResult::ok);
        }
    }

    private static final RecordSink DISCARD = new RecordSink() {
        @Override
        public void accept(SourceRecord record) {}

        @Override
        public java.util.concurrent.CompletionStage<?> pageDone(org.colophon.harvester.oai.Checkpoint checkpoint) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    };

    @Override
    public void close() {
        try {
            if (quarantineToClose != null) quarantineToClose.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the quarantine: " + e.getMessage(), e);
        } finally {
            try {
                if (indexListener != null) indexListener.close();
                if (index != null) index.close();
            } finally {
                synchronized (this) {
                    if (ownsStore && store != null) store.close();
                }
            }
        }
    }

    /** Passes live records on and turns deleted ones into deletions, in stream order. */
    private static final class Deletions implements java.util.Iterator<SourceRecord> {
        private final RecordSource records;
        private final BatchWriter writer;
        private SourceRecord next;

        Deletions(RecordSource records, BatchWriter writer) {
            this.records = records;
            this.writer = writer;
        }

        @Override
        public boolean hasNext() {
            while (next == null && records.hasNext()) {
                SourceRecord r = records.next();
                if (r.deleted() && r.recordId() != null) writer.delete(r.sourceId(), r.recordId());
                else next = r;
            }
            return next != null;
        }

        @Override
        public SourceRecord next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            SourceRecord r = next;
            next = null;
            return r;
        }
    }
}
