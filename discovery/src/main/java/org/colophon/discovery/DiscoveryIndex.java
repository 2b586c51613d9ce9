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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
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

    private final Directory dir;
    private final Analyzer analyzer = Analysis.queryAnalyzer();
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile Cached cached;

    private record Cached(org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) {}

    private DiscoveryIndex(Directory dir, boolean readOnly) throws IOException {
        this.dir = dir;
        if (readOnly) searchers = new SearcherManager(dir, new SearcherFactory());
        else openWriter();
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
        searchers = new SearcherManager(writer, false, false, new SearcherFactory());
        cached = null;
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

    /** Removes every document. */
    public void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First phase of a commit: everything written is made durable but not yet visible. */
    public void prepareCommit(String marker) {
        try {
            writer().setLiveCommitData(
                            Map.of(MARKER, marker == null ? "" : marker).entrySet());
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
            cached = null;
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

    public SearchResult search(SearchRequest request) {
        return withSearcher((searcher, state) -> Searching.search(searcher, state, analyzer, request));
    }

    /** The Instance IRIs that match {@code q}, best first, at most {@code max}. */
    public List<String> instanceIds(String q, int max) {
        return withSearcher((searcher, state) -> Searching.ids(searcher, analyzer, q, max));
    }

    /** Titles, names and subjects that complete what a reader has typed, most used first. */
    public List<Suggestion> suggest(String typed, int max) {
        return withSearcher((searcher, state) ->
                org.colophon.discovery.internal.Suggest.suggest(searcher.getIndexReader(), typed, max));
    }

    /** Documents searchable now. */
    public long count() {
        return withSearcher(
                (searcher, state) -> (long) searcher.getIndexReader().numDocs());
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException;
    }

    /** Runs a read on the last committed state, holding its searcher for the duration. */
    private <T> T withSearcher(Read<T> read) {
        try {
            if (writer == null) searchers.maybeRefresh(); // read-only: follow the writer's commits
            IndexSearcher s = searchers.acquire();
            try {
                return read.apply(s, facetState(s));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facet ordinals of a searcher's reader, built once per committed state. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher s) throws IOException {
        Cached c = cached;
        if (c != null && c.reader() == s.getIndexReader()) return c.state();
        SortedSetDocValuesReaderState state = Searching.state(s);
        cached = new Cached(s.getIndexReader(), state);
        return state;
    }

    /**
     * {@code source<NUL>record id} → checksum of every record the committed index holds (a record with no Instance
     * has no document and is not listed), for checking against the store.
     */
    public Map<String, String> records() {
        return withSearcher((s, state) -> records(s));
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
            searchers.close();
            if (writer != null) writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
