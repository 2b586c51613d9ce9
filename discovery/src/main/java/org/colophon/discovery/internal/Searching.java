package org.colophon.discovery.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.colophon.discovery.Facets;
import org.colophon.discovery.Hit;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;

/** One search over one point-in-time searcher: query, filters, sort, a page of hits and the facet counts. */
public final class Searching {
    /** Values returned per facet dimension. */
    static final int FACET_VALUES = 20;

    private Searching() {}

    /**
     * One search. Facet counts are exact up to {@code sampleAbove} matches; past it they are counted on a random sample
     * of that many matches and scaled to the total (the result says so), unless {@code sampleAbove} is
     * {@link Integer#MAX_VALUE}. The total is always exact. With no query and no filter, the facets of everything come
     * from {@code snapshot}, counted once per committed state.
     */
    public static SearchResult search(
            IndexSearcher searcher, Snapshot snapshot, Analyzer analyzer, SearchRequest r, int sampleAbove)
            throws IOException {
        return search(searcher, null, snapshot, analyzer, r, sampleAbove);
    }

    /**
     * One search, as {@link #search(IndexSearcher, Snapshot, Analyzer, SearchRequest, int)}; with an {@code executor},
     * the ranked pass and exact facet counting search the segments in parallel (same hits, same counts). The sampled
     * counting stays on one thread: which matches make the sample must not depend on how segments are grouped.
     */
    public static SearchResult search(
            IndexSearcher searcher,
            java.util.concurrent.Executor executor,
            Snapshot snapshot,
            Analyzer analyzer,
            SearchRequest r,
            int sampleAbove)
            throws IOException {
        IndexSearcher parallel = executor == null ? searcher : parallel(searcher, executor);
        // two passes: the page of hits, ranked, where Lucene may skip what cannot make the page; then every match,
        // unranked, through the cheaper query that finds the same documents, for the total and the facet counts
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(QueryParser.parse(analyzer, r.q()), Occur.MUST);
        BooleanQuery.Builder matched = new BooleanQuery.Builder().add(QueryParser.match(analyzer, r.q()), Occur.FILTER);
        for (SearchRequest.Filter f : r.filters()) {
            boolean authority = f.dimension().equals(SearchRequest.AUTHORITY);
            if (!authority && !Facets.DIMENSIONS.contains(f.dimension()))
                throw new IllegalArgumentException("no facet '" + f.dimension() + "' (there are: "
                        + String.join(", ", Facets.DIMENSIONS) + "; and authority:IRI)");
            Query filter =
                    new TermQuery(new Term(authority ? Fields.AUTHORITY : Fields.filter(f.dimension()), f.value()));
            ranked.add(filter, Occur.FILTER);
            matched.add(filter, Occur.FILTER);
        }
        int n = Math.min(r.page() * r.size(), 10_000);
        TopDocs top = r.sort() == SearchRequest.Sort.relevance
                ? parallel.search(ranked.build(), Math.max(1, n))
                : parallel.search(ranked.build(), Math.max(1, n), sort(r.sort()));
        Counts counts = r.q().isBlank() && r.filters().isEmpty() && snapshot != null
                ? snapshot.everything()
                : count(searcher, parallel, snapshot, new ConstantScoreQuery(matched.build()), sampleAbove);

        List<Hit> hits = new ArrayList<>();
        int from = (r.page() - 1) * r.size();
        var stored = searcher.storedFields();
        for (int i = from; i < top.scoreDocs.length && hits.size() < r.size(); i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc, HIT_FIELDS), r.q()));
        }
        return new SearchResult(counts.total(), hits, counts.facets(), counts.estimated());
    }

    /** The total and facet counts of a search; {@code estimated} when the counts are a scaled sample. */
    public record Counts(long total, Map<String, List<SearchResult.FacetValue>> facets, boolean estimated) {}

    /** A fixed seed: the same search on the same index gives the same estimates. */
    private static final long SAMPLE_SEED = 0x5eed_c010_9401L;

    private static Counts count(
            IndexSearcher searcher, IndexSearcher parallel, Snapshot snapshot, Query matched, int sampleAbove)
            throws IOException {
        SortedSetDocValuesReaderState state = snapshot == null ? null : snapshot.state();
        if (sampleAbove == Integer.MAX_VALUE) {
            ExactFacets.Totals totals = snapshot == null ? null : snapshot.totals();
            if (totals == null) return new Counts(parallel.count(matched), facets(null, 0, null, null, null), false);
            ExactFacets.Result counted = parallel.search(matched, ExactFacets.manager(totals));
            return new Counts(counted.total(), ExactFacets.top(state, counted.counts(), FACET_VALUES), false);
        }
        // RandomSamplingFacetsCollector keeps every match (for the total) and hands the counting a random sample of
        // sampleAbove of them when there are more: counting visits every counted document's ordinals in seven
        // dimensions, by far the dearest part of a broad search
        RandomSamplingFacetsCollector fc =
                searcher.search(matched, RandomSamplingFacetsCollector.createManager(sampleAbove, SAMPLE_SEED));
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getOriginalMatchingDocs()) total += m.totalHits;
        boolean sampled = total > sampleAbove;
        return new Counts(total, facets(state, total, fc, sampled ? fc : null, searcher), sampled);
    }

    /** Every document's total and facets, exact: the answer to an empty search, counted once per committed state. */
    static Counts everything(IndexReader reader, SortedSetDocValuesReaderState state, ExactFacets.Totals totals)
            throws IOException {
        long total = reader.numDocs();
        if (totals == null || total == 0) return new Counts(total, facets(null, 0, null, null, null), false);
        return new Counts(total, ExactFacets.top(state, totals.all, FACET_VALUES), false);
    }

    /** A searcher over the same committed state that searches its segments on {@code executor}. */
    private static IndexSearcher parallel(IndexSearcher searcher, java.util.concurrent.Executor executor) {
        IndexSearcher p = new IndexSearcher(searcher.getIndexReader(), executor);
        p.setSimilarity(searcher.getSimilarity());
        p.setQueryCache(searcher.getQueryCache());
        p.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
        return p;
    }

    /** The top values of each dimension over {@code fc}'s documents. */
    private static Map<String, List<SearchResult.FacetValue>> facets(
            SortedSetDocValuesReaderState state,
            long total,
            FacetsCollector fc,
            RandomSamplingFacetsCollector sample,
            IndexSearcher searcher)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        if (state == null || total == 0) {
            for (String dim : Facets.DIMENSIONS) facets.put(dim, List.of());
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : Facets.DIMENSIONS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = counts.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // no document has this dimension yet
            }
            // scaled by the sampling rate, and never above how many documents hold the value
            if (fr != null && sample != null) fr = sample.amortizeFacetCounts(fr, Documents.FACETS, searcher);
            if (fr != null)
                for (LabelAndValue lv : fr.labelValues)
                    values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            facets.put(dim, values);
        }
        return facets;
    }

    /** The ids of the best {@code max} hits for a query, no facets. */
    public static List<String> ids(IndexSearcher searcher, Analyzer analyzer, String q, int max) throws IOException {
        TopDocs top = searcher.search(QueryParser.parse(analyzer, q), Math.max(1, max));
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs)
            ids.add(stored.document(sd.doc, java.util.Set.of(Fields.ID)).get(Fields.ID));
        return ids;
    }

    /** The facet ordinals of a reader, or null for an index with no facet field yet. */
    static SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // an empty index has no facet field yet
        }
    }

    /** The stored fields a hit shows; the keys kept for checking (record, graph, checksum) are not read. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(
            Fields.ID,
            Fields.S_TITLE,
            Fields.S_CONTRIBUTOR,
            Fields.S_DATE,
            Fields.S_LIBRARY,
            Fields.S_PUBLISHER,
            Fields.S_SUBJECT);

    private static Sort sort(SearchRequest.Sort s) {
        return switch (s) {
            case relevance -> Sort.RELEVANCE;
            case date -> new Sort(new SortField(Fields.SORT_YEAR, SortField.Type.INT, true), SortField.FIELD_SCORE);
            case title -> new Sort(new SortField(Fields.SORT_TITLE, SortField.Type.STRING), SortField.FIELD_SCORE);
        };
    }

    static Hit hit(Document d, String q) {
        List<Hit.Text> titles = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.S_TITLE)) {
            String s = f.stringValue();
            int tab = s.indexOf('\t');
            titles.add(new Hit.Text(s.substring(tab + 1), s.substring(0, tab)));
        }
        List<String> contributors = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.S_CONTRIBUTOR)) contributors.add(f.stringValue());
        List<String> libraries = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.S_LIBRARY)) libraries.add(f.stringValue());
        String title = titles.isEmpty() ? "" : Documents.display(titles);
        List<String> publishers = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.S_PUBLISHER)) publishers.add(f.stringValue());
        List<String> subjects = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.S_SUBJECT)) subjects.add(f.stringValue());
        return new Hit(
                d.get(Fields.ID),
                title,
                titles,
                contributors,
                d.get(Fields.S_DATE),
                libraries,
                Highlight.mark(title, q),
                publishers,
                subjects);
    }
}
