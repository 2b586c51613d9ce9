package org.colophon.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.Facets;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact facet counts come from {@link ExactFacets} (one pass, segments where most documents match counted the other
 * way round, segments side by side): on real records, in an index of several segments with deleted documents, they
 * must equal what Lucene's own {@code SortedSetDocValuesFacetCounts} counts over the same matches, value for value and
 * in the same order, for searches matching most, some and few documents.
 */
class ExactFacetsTest {
    @TempDir
    Path tmp;

    DiscoveryIndex index;
    List<String> bnuRecords = new ArrayList<>();

    @BeforeEach
    void load() throws Exception {
        index = DiscoveryIndex.open(tmp.resolve("index"));
        // a commit per file: three segments
        load("bnu-chinese-sru.xml", "bnu");
        index.commit();
        load("loc-cjk-880.xml", "loc");
        index.commit();
        load("bu-bibs.mrc", "bu");
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void load(String file, String source) throws Exception {
        Converter converter = Converter.builder().base("http://localhost:3030/").build();
        Path p = Path.of(ExactFacetsTest.class.getResource("/" + file).toURI());
        try (RecordSource in = FileRecordReader.open(p, source, null, Quarantine.counting())) {
            new ConversionRun(converter, Quarantine.counting(), 1, null).run(in, c -> {
                if (index.put(source, c.recordId(), c.graphIri(), "x", c.triples()) > 0 && source.equals("bnu"))
                    bnuRecords.add(c.recordId());
            });
        }
    }

    static final List<SearchRequest> SEARCHES = List.of(
            SearchRequest.of("").withFilter(Facets.TYPE, "Text"),
            SearchRequest.of("").withFilter(Facets.LIBRARY, "bu"),
            SearchRequest.of("").withFilter(Facets.LIBRARY, "bnu"),
            SearchRequest.of("").withFilter(Facets.LANGUAGE, "Chinese"),
            SearchRequest.of("history"),
            SearchRequest.of("中国"),
            SearchRequest.of("歷史"),
            SearchRequest.of("lu xun"),
            SearchRequest.of("china").withFilter(Facets.LANGUAGE, "English"));

    @Test
    void exactCountsAreLucenesCountsWithAndWithoutDeletedDocuments() throws Exception {
        long all = index.count();
        boolean most = false, few = false;
        for (SearchRequest r : SEARCHES) {
            SearchResult got = index.search(r, true);
            assertEquals(lucene(r), got.facets(), r.toString());
            if (got.total() > all / 2) most = true;
            if (got.total() > 0 && got.total() < 10) few = true;
        }
        assertTrue(most && few, "the searches must cover most documents and few");

        // delete every other record of the first file: its segment keeps them, marked deleted
        for (int i = 0; i < bnuRecords.size(); i += 2) index.delete("bnu", bnuRecords.get(i));
        index.commit();
        assertTrue(index.count() < all);
        for (SearchRequest r : SEARCHES)
            assertEquals(lucene(r), index.search(r, true).facets(), "after deletes: " + r);
        // and the facets of everything, counted from the same per-segment counts
        SearchResult everything = index.search(SearchRequest.of(""));
        assertFalse(everything.facetsEstimated());
        assertEquals(index.count(), everything.total());
        assertEquals(lucene(SearchRequest.of("")), everything.facets());
    }

    @Test
    void theSameHitsAndCountsOnOneThreadAndOnSeveral() {
        List<SearchRequest> searches = new ArrayList<>(SEARCHES);
        searches.add(SearchRequest.of("chinese history"));
        searches.add(SearchRequest.of("").withSort(SearchRequest.Sort.date).withPage(2, 7));
        searches.add(SearchRequest.of("history").withSort(SearchRequest.Sort.title));
        searches.add(SearchRequest.of("").withSort(SearchRequest.Sort.title).withPage(3, 5));
        for (SearchRequest r : searches) {
            index.searchThreads(1);
            SearchResult one = index.search(r, true);
            index.searchThreads(3);
            SearchResult three = index.search(r, true);
            assertEquals(one.total(), three.total(), r.toString());
            assertEquals(one.facets(), three.facets(), r.toString());
            assertEquals(one.hits(), three.hits(), r.toString());
        }
    }

    /**
     * What Lucene's facet module counts over the documents the search matches: the counting every search used before
     * {@link ExactFacets}.
     */
    private Map<String, List<SearchResult.FacetValue>> lucene(SearchRequest r) throws Exception {
        Analyzer analyzer = Analysis.queryAnalyzer();
        try (var dir = FSDirectory.open(tmp.resolve("index"));
                var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(QueryParser.match(analyzer, r.q()), Occur.FILTER);
            for (SearchRequest.Filter f : r.filters())
                q.add(new TermQuery(new Term(Fields.filter(f.dimension()), f.value())), Occur.FILTER);
            FacetsCollector fc = searcher.search(new ConstantScoreQuery(q.build()), new FacetsCollectorManager());
            var counts = new SortedSetDocValuesFacetCounts(
                    new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS), fc);
            Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
            for (String dim : Facets.DIMENSIONS) {
                List<SearchResult.FacetValue> values = new ArrayList<>();
                FacetResult fr;
                try {
                    fr = counts.getTopChildren(Searching.FACET_VALUES, dim);
                } catch (IllegalArgumentException e) {
                    fr = null;
                }
                if (fr != null)
                    for (LabelAndValue lv : fr.labelValues)
                        values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
                out.put(dim, values);
            }
            return out;
        }
    }
}
