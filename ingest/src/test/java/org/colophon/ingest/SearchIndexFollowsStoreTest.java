package org.colophon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.Facets;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discovery index written through the one write path: in step with the store after every kind of write. */
class SearchIndexFollowsStoreTest {
    @TempDir
    Path tmp;

    Path bnu() throws Exception {
        return Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
    }

    static long sparqlCount(GraphStore store, String where) {
        QueryResult.Select s = (QueryResult.Select) store.query(
                "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { " + where
                        + " }",
                Duration.ofSeconds(30));
        return Long.parseLong(s.rows().get(0).get(s.vars().get(0)).getLiteralLexicalForm());
    }

    static long facet(SearchResult r, String dim, String value) {
        return r.facets().get(dim).stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(SearchResult.FacetValue::count)
                .sum();
    }

    @Test
    void importReimportAndDeleteKeepIndexAndStoreInStepAndADeletedRecordIsGoneFromSearchAtOnce() throws Exception {
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).build()) {
            ingest.importFiles(List.of(bnu()), "bnu", null, null);
            assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());
            DiscoveryIndex index = ingest.searchIndex().orElseThrow();
            assertEquals(10, index.search(SearchRequest.of("")).total());

            ingest.importFiles(List.of(bnu()), "bnu", null, null);
            assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());

            String id = index.search(SearchRequest.of("犹太学")).hits().get(0).id();
            String recordId = id.substring(id.indexOf("bnu/") + 4, id.indexOf('#'));
            ingest.delete("bnu", List.of(recordId));
            assertEquals(0, index.search(SearchRequest.of("猶太學")).total());
            IndexCheck c = ingest.checkIndex();
            assertTrue(c.inStep(), c.line());
            assertEquals(9, c.storeRecords());
        }
    }

    @Test
    void facetCountsEqualTheSparqlCountsForTheSameFilters() throws Exception {
        Path loc = Path.of(getClass().getResource("/loc-cjk-880.xml").toURI());
        try (Ingest ingest = Ingest.builder(DataDir.of(tmp)).build()) {
            ingest.importFiles(List.of(bnu()), "bnu", null, null);
            ingest.importFiles(List.of(loc), "loc", null, null);
            DiscoveryIndex index = ingest.searchIndex().orElseThrow();
            GraphStore store = ingest.store();
            SearchResult all = index.search(SearchRequest.of(""));
            assertEquals(sparqlCount(store, "?i a bf:Instance"), all.total());
            assertEquals(
                    sparqlCount(
                            store,
                            "GRAPH ?g { ?i a bf:Instance } FILTER(STRSTARTS(STR(?g), 'http://localhost:3030/loc/'))"),
                    facet(all, Facets.LIBRARY, "loc"));
            assertEquals(
                    sparqlCount(
                            store,
                            "?i a bf:Instance ; bf:instanceOf/bf:language <http://id.loc.gov/vocabulary/languages/chi>"),
                    facet(all, Facets.LANGUAGE, "Chinese"));
            assertEquals(
                    sparqlCount(
                            store,
                            "?i a bf:Instance ; bf:instanceOf/bf:classification/bf:classificationPortion ?c FILTER(STRSTARTS(?c, 'Q'))"),
                    facet(all, Facets.CLASSIFICATION, "LCC Q"));
            SearchResult chinese = index.search(SearchRequest.of("").withFilter(Facets.LANGUAGE, "Chinese"));
            assertEquals(facet(all, Facets.LANGUAGE, "Chinese"), chinese.total());
        }
    }

    @Test
    void anIndexLeftBehindByACrashBetweenTheTwoCommitsIsRepairedWhenNextOpened() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (Ingest ingest = Ingest.builder(data).build()) {
            ingest.importFiles(List.of(bnu()), "bnu", null, null);
        }
        // what a kill -9 after the store's commit and before the index's leaves: the store has a batch the index
        // lacks, and the pending mark
        Path loc = Path.of(getClass().getResource("/loc-cjk-880.xml").toURI());
        try (Ingest storeOnly = Ingest.builder(data).searchIndex(false).build()) {
            storeOnly.importFiles(List.of(loc), "loc", null, null);
        }
        Files.writeString(data.indexPending(), "a batch is being committed\n");

        try (Ingest reopened = Ingest.builder(data).build()) {
            IndexCheck repaired = reopened.repairedAtOpen().orElseThrow();
            assertTrue(repaired.inStep(), repaired.line());
            assertEquals(11, repaired.storeRecords());
            assertEquals(
                    1,
                    reopened.searchIndex()
                            .orElseThrow()
                            .search(SearchRequest.of("劉徽評傳"))
                            .total());
            assertTrue(Files.notExists(data.indexPending()));
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheStore() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (Ingest storeOnly = Ingest.builder(data).searchIndex(false).build()) {
            storeOnly.importFiles(List.of(bnu()), "bnu", null, null);
        }
        try (Ingest ingest = Ingest.builder(data).build()) {
            IndexCheck before = ingest.checkIndex();
            assertEquals(10, before.missing().size(), before.line());
            assertEquals(10, ingest.reindex(null));
            assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());
        }
    }
}
