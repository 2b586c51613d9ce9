package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.Hit;
import org.colophon.discovery.SearchRequest;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index files every Instance under the authorities its names and subjects are linked to, and stays in step
 * with the links however they change: a record imported after its authorities is found by them at once; records
 * imported before their authorities are found once the authorities arrive (relinked through the ingestion core, in
 * the same commit as their link graphs); a cataloguer's decision moves the record; a re-index from the store gives
 * the same. Real TDB2, real Lucene, the Evergreen concerto set.
 */
class LinkedSearchTest {
    @TempDir
    Path tmp;

    static final String BASE = "http://localhost:3030/";
    static final List<String> AUTHORITIES = List.of("concerto/auth_concerto.marcxml", "concerto/auth_mesh.marcxml");

    @Test
    void aRecordImportedAfterItsAuthoritiesIsFoundByThemAtOnce() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("first"));
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(data, store, AUTHORITIES, "concerto/bibs_concerto.marcxml");
            Map<String, Set<String>> want = expected(store);
            assertTrue(ours(want) >= 10, "the concerto set links many headings to its authorities: " + want);
            try (Ingest ingest = Ingest.builder(data).store(store).build()) {
                assertEquals(want, filed(ingest.searchIndex().orElseThrow(), want.keySet()));
            }
        }
    }

    @Test
    void authoritiesArrivingLaterRelinkRecordsAndTheirSearchDocumentsTogether() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("late"));
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            try (Ingest ingest = Ingest.builder(data)
                    .store(store)
                    .listener(Authorities.linker(store, data))
                    .build()) {
                List<Path> bibs = new java.util.ArrayList<>();
                for (String b : ConcertoLinkingTest.BIBS_TO_REVIEW) bibs.add(ConcertoLinkingTest.resource(b));
                ingest.importFiles(bibs, "bib", null, null);
            }
            Map<String, Set<String>> before = expected(store);
            assertEquals(0, ours(before), "nothing of ours to link to yet: " + before);

            AuthorityLinker linker = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                List<Path> auth = new java.util.ArrayList<>();
                for (String a : AUTHORITIES) auth.add(ConcertoLinkingTest.resource(a));
                ingest.importFiles(auth, "auth", null, null);
                DiscoveryIndex index = ingest.searchIndex().orElseThrow();

                Map<String, Set<String>> after = expected(store);
                assertTrue(ours(after) >= 10, "the authorities link the earlier records: " + after);
                assertEquals(after, filed(index, after.keySet()), "the index holds what the store links");
                assertTrue(ingest.checkIndex().inStep(), ingest.checkIndex().line());

                // a cataloguer accepts a candidate: the record is filed under that authority in the same step
                Review review = Authorities.review(ingest, linker);
                Review.Item lpo = review.list().stream()
                        .filter(i -> i.label().equals(ConcertoLinkingTest.LONDON_SYMPHONY))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not queued: " + review.list()));
                String lso = lpo.candidates().get(0).authority();
                String instance = lpo.heading().substring(0, lpo.heading().indexOf('#')) + "#Instance";
                assertFalse(filed(index, Set.of(lso)).get(lso).contains(instance));
                review.accept(lpo.heading(), lso);
                assertTrue(filed(index, Set.of(lso)).get(lso).contains(instance), "filed under " + lso);
                Map<String, Set<String>> decided = expected(store);
                assertEquals(decided, filed(index, decided.keySet()));

                // re-indexing from the store reads each record's stored links back
                ingest.searchIndex().orElseThrow().deleteAll();
                ingest.searchIndex().orElseThrow().commit();
            }
            try (Ingest again = Ingest.builder(data)
                    .store(store)
                    .listener(Authorities.storedLinks())
                    .build()) {
                again.reindex(null);
                Map<String, Set<String>> now = expected(store);
                assertEquals(now, filed(again.searchIndex().orElseThrow(), now.keySet()));
            }
        }
    }

    /** How many of the authorities are ours (imported), not {@code $0} IRIs the bibs carry. */
    private static long ours(Map<String, Set<String>> links) {
        return links.keySet().stream().filter(a -> a.startsWith(BASE + "auth/")).count();
    }

    /**
     * authority → the Instances whose work names it as a contributor or subject, as the store holds the links (the
     * linker's link graphs, and the records' own {@code $0}).
     */
    static Map<String, Set<String>> expected(GraphStore store) {
        String q = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT DISTINCT ?a ?i WHERE {"
                + " ?i a bf:Instance ; bf:instanceOf ?w ."
                + " { ?w bf:contribution/bf:agent ?h } UNION { ?w bf:subject ?h }"
                + " { ?h <http://www.loc.gov/mads/rdf/v1#isIdentifiedByAuthority> ?a }"
                + " UNION { ?h <https://w3id.org/colophon/ns#componentAuthority> ?a } FILTER(isIRI(?a)) }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, Duration.ofMinutes(1));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Binding b : rows.rows())
            out.computeIfAbsent(b.get(Var.alloc("a")).getURI(), k -> new TreeSet<>())
                    .add(b.get(Var.alloc("i")).getURI());
        return out;
    }

    /** authority → the Instances a search filtered by it finds. */
    static Map<String, Set<String>> filed(DiscoveryIndex index, Set<String> authorities) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String a : authorities) {
            Set<String> ids = new TreeSet<>();
            for (Hit h : index.search(SearchRequest.of("").withPage(1, 100).withFilter("authority", a))
                    .hits()) ids.add(h.id());
            out.put(a, ids);
        }
        return out;
    }
}
