package org.colophon.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.colophon.discovery.internal.Analysis;
import org.colophon.discovery.internal.Documents;
import org.colophon.discovery.internal.Fields;
import org.colophon.discovery.internal.InstanceDoc;
import org.colophon.discovery.internal.InstanceDocuments;
import org.colophon.discovery.internal.Searching;
import org.colophon.discovery.internal.Snapshot;

/**
 * The discovery index: one Lucene document per {@code bf:Instance}, written record by record alongside the store and
 * made visible only at {@link #commit()}, searched with {@link #search}. Writes come from one thread (the store's
 * writer); searches from any number, each on the last committed state.
 *
 * <pre>
 * try (DiscoveryIndex index = DiscoveryIndex.open(dataDir.index())) {
 *     index.put(graphIri, "bnu", checksum, triples);
 *     index.commit();
 *     SearchResult r = index.search(SearchRequest.of("歷史研究"));
 * }
 * </pre>
 */
public final class DiscoveryIndex implements AutoCloseable {
    /** The commit user-data key holding the caller's marker of what the index is in step with. */
    public static final String MARKER = "colophon.marker";

    /** The commit user-data key holding the format of what the index holds (see {@link #FORMAT}). */
    public static final String FORMAT_KEY = "colophon.format";

    /**
     * The format this version writes and searches. 2: a Latin word goes into the pinyin fields split into syllables
     * only when it reads as pinyin ({@code luxun} → {@code lu xun}, {@code american} as it is). 1, an index whose
     * commits carry no format: every word that splits into syllables was split. A query reads words as the index's
     * format does, so an index of another format answers some searches wrongly: it is rebuilt from the store (see
     * {@link #outdated()}).
     */
    public static final int FORMAT = 2;

    /**
     * Matches past which a search counts its facets on a random sample of this many and scales them (see
     * {@link #sampleFacetsAbove(int)}).
     */
    public static final int DEFAULT_FACET_SAMPLE = 20_000;

    private final Directory dir;
    private final Analyzer analyzer = Analysis.queryAnalyzer();
    private final SearcherFactory warming = new Warming();
    private IndexWriter writer;
    /** The format of what the writer holds: the last commit's when it was opened, {@link #FORMAT} once emptied. */
    private int writing;

    private SearcherManager searchers;
    private volatile Snapshot snapshot;
    private volatile boolean searched;
    private volatile int facetSample = DEFAULT_FACET_SAMPLE;
    /** Searches segments in parallel for one search (see {@link #searchThreads}); null for one thread. */
    private volatile java.util.concurrent.ExecutorService pool;

    private DiscoveryIndex(Directory dir, boolean readOnly) throws IOException {
        this.dir = dir;
        if (readOnly) searchers = new SearcherManager(dir, warming);
        else openWriter();
        searchThreads(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * How many threads one search may use: the ranked pass and exact facet counting search groups of segments side by
     * side (Lucene's slices), with the same hits and counts as one thread. The searching thread takes its share, so
     * {@code threads - 1} more are kept. Defaults to the processors available, at most 4; 1 searches on the caller's
     * thread only. This buys latency, not throughput: the work is the same, spread. Set it before searching.
     */
    public DiscoveryIndex searchThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("a search needs at least 1 thread: " + threads);
        java.util.concurrent.ExecutorService old = pool;
        if (threads == 1) pool = null;
        else {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            pool = java.util.concurrent.Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "colophon-search-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        if (old != null) old.shutdown();
        return this;
    }

    /**
     * Makes each new committed state ready for searching before it is searched (its facet ordinals, the facets of
     * everything), once the index has been searched at all: a server's first search after a commit does not pay for
     * it, and an import with no one searching never does.
     */
    private final class Warming extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            IndexSearcher s = super.newSearcher(reader, previous);
            if (searched) {
                Snapshot next = Snapshot.of(reader);
                next.warm();
                snapshot = next;
            }
            return s;
        }
    }

    /**
     * Past how many matches a search counts its facets on a random sample of {@code matches} of them, scaled to the
     * total, and says so ({@link SearchResult#facetsEstimated()}); {@link Integer#MAX_VALUE} counts every match
     * always. The total is exact either way.
     */
    public DiscoveryIndex sampleFacetsAbove(int matches) {
        if (matches < 1) throw new IllegalArgumentException("the facet sample must be at least 1: " + matches);
        facetSample = matches;
        return this;
    }

    /**
     * Prepares the committed state for searching (facet ordinals, the facets of everything) and marks the index as
     * searched, so that later commits are prepared as they are made: for a server, at start.
     */
    public void warm() {
        withSearcher(searcher -> {
            snapshot(searcher).warm();
            return null;
        });
    }

    /** Opens (or creates) the index in {@code path}. */
    public static DiscoveryIndex open(Path path) {
        try {
            return new DiscoveryIndex(FSDirectory.open(path), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the last commit of the index in {@code path} for searching only: no lock is taken, so it can be read
     * while another process writes (or serves) it; writes throw {@link IllegalStateException}.
     */
    public static DiscoveryIndex openReadOnly(Path path) {
        try {
            return new DiscoveryIndex(FSDirectory.open(path), true);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new UncheckedIOException(
                    "the search index in " + path + " holds nothing yet (import records, or run `colophon reindex`)",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException("this search index was opened read-only");
        return writer;
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(dir, config);
        writing = format();
        // a new index is of this format from its first commit, whoever commits it
        if (writing == FORMAT) stamp(null);
        searchers = new SearcherManager(writer, false, false, warming);
    }

    /**
     * The format of the index's last commit ({@link #FORMAT_KEY}): 1 for a commit that carries none (written before
     * formats were numbered), {@link #FORMAT} for an index never committed.
     */
    public int format() {
        try {
            var commits = DirectoryReader.listCommits(dir);
            if (commits.isEmpty()) return FORMAT;
            String f = commits.get(commits.size() - 1).getUserData().get(FORMAT_KEY);
            if (f == null) return 1;
            try {
                return Integer.parseInt(f);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("the search index's format is not a number: '" + f + "'");
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return FORMAT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the index was written in an older format than this version's ({@link #FORMAT}), so that it must be
     * rebuilt from the store before it answers searches correctly ({@code colophon reindex}; the commands that write
     * do it when they open it).
     */
    public boolean outdated() {
        return format() < FORMAT;
    }

    /**
     * Sets the user data of the writer's next commit: the marker (kept when {@code marker} is null) and the format of
     * what it holds, so an index appended to in an older format keeps saying so until it is emptied.
     */
    private void stamp(String marker) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) for (var e : live) data.put(e.getKey(), e.getValue());
        if (marker != null) data.put(MARKER, marker);
        else data.putIfAbsent(MARKER, "");
        if (writing >= FORMAT) data.put(FORMAT_KEY, Integer.toString(writing));
        else data.remove(FORMAT_KEY);
        writer.setLiveCommitData(data.entrySet());
    }

    /**
     * Replaces what the index holds for one record with its Instances; returns how many documents it wrote.
     *
     * @param checksum the raw record's checksum, kept so the index can be checked against the store
     */
    public int put(String sourceId, String recordId, String graphIri, String checksum, List<Triple> triples) {
        List<InstanceDoc> docs = InstanceDocuments.of(graphIri, sourceId, recordId, checksum, triples);
        List<org.apache.lucene.document.Document> lucene = new ArrayList<>(docs.size());
        for (InstanceDoc d : docs) lucene.add(Documents.of(d));
        try {
            Term record = new Term(Fields.RECORD, Fields.record(sourceId, recordId));
            // a record without an Instance (an authority record) only removes what an earlier version indexed;
            // updateDocuments with no documents leaves Lucene's RAM accounting out of step (an assertion at close)
            if (lucene.isEmpty()) writer().deleteDocuments(record);
            else writer().updateDocuments(record, lucene);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lucene.size();
    }

    /** Removes one record's documents. */
    public void delete(String sourceId, String recordId) {
        try {
            writer().deleteDocuments(new Term(Fields.RECORD, Fields.record(sourceId, recordId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document; the next commit is of this version's format ({@link #FORMAT}). */
    public void deleteAll() {
        try {
            writer().deleteAll();
            writing = FORMAT;
            stamp(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First phase of a commit: everything written is made durable but not yet visible. */
    public void prepareCommit(String marker) {
        try {
            writer();
            stamp(marker == null ? "" : marker);
            writer.prepareCommit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything written visible to searches (after {@link #prepareCommit}, or on its own). */
    public void commit() {
        try {
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets everything written since the last commit. */
    public void rollback() {
        try {
            writer();
            searchers.close();
            writer.rollback();
            openWriter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marker given to the last commit, or {@code ""} for an index never committed with one. */
    public String marker() {
        try {
            var commits = DirectoryReader.listCommits(dir);
            if (commits.isEmpty()) return "";
            return commits.get(commits.size() - 1).getUserData().getOrDefault(MARKER, "");
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One search; facet counts are exact up to the sample size ({@link #sampleFacetsAbove(int)}) and estimated past
     * it.
     */
    public SearchResult search(SearchRequest request) {
        return search(request, false);
    }

    /** One search, with facet counts exact however many documents match when {@code exactFacets}. */
    public SearchResult search(SearchRequest request, boolean exactFacets) {
        int sample = exactFacets ? Integer.MAX_VALUE : facetSample;
        return withSearcher(
                searcher -> Searching.search(searcher, pool, snapshot(searcher), analyzer, request, sample));
    }

    /** The Instance IRIs that match {@code q}, best first, at most {@code max}. */
    public List<String> instanceIds(String q, int max) {
        return withSearcher(searcher -> Searching.ids(searcher, analyzer, q, max));
    }

    /** Titles, names and subjects that complete what a reader has typed, most used first. */
    public List<Suggestion> suggest(String typed, int max) {
        return withSearcher(
                searcher -> org.colophon.discovery.internal.Suggest.suggest(searcher.getIndexReader(), typed, max));
    }

    /** Documents searchable now. */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on the last committed state, holding its searcher for the duration. */
    private <T> T withSearcher(Read<T> read) {
        try {
            if (writer == null) searchers.maybeRefresh(); // read-only: follow the writer's commits
            IndexSearcher s = searchers.acquire();
            try {
                return read.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the searches of a searcher's committed state share, made once for it (at refresh, once searched). */
    private Snapshot snapshot(IndexSearcher s) throws IOException {
        searched = true;
        Snapshot c = snapshot;
        if (c != null && c.reader() == s.getIndexReader()) return c;
        c = Snapshot.of(s.getIndexReader());
        snapshot = c;
        return c;
    }

    /**
     * {@code source<NUL>record id} → checksum of every record the committed index holds (a record with no Instance
     * has no document and is not listed), for checking against the store.
     */
    public Map<String, String> records() {
        return withSearcher(DiscoveryIndex::records);
    }

    private static Map<String, String> records(IndexSearcher s) throws IOException {
        Map<String, String> out = new HashMap<>();
        {
            for (var leaf : s.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    var d = stored.document(i, java.util.Set.of(Fields.RECORD, Fields.CHECKSUM));
                    out.put(d.get(Fields.RECORD), d.get(Fields.CHECKSUM));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            if (pool != null) pool.shutdown();
            searchers.close();
            if (writer != null) writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
