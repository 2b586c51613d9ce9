package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorities that arrive after the bibliographic records relink those records at once, without a reprocess: the
 * Evergreen concerto bibs are imported into a store with no authorities, then its authorities in a second import;
 * the links that appear are the ones an authorities-first import makes. Deleting an authority unlinks its headings.
 */
class RelinkTest {
    @TempDir
    Path tmp;

    static final String BASE = "http://localhost:3030/";

    @Test
    void authoritiesImportedAfterTheBibsLinkThemWithoutAFullRun() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("late"));
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            AuthorityLinker first = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(first).build()) {
                IngestSummary b = ingest.importFiles(
                        List.of(ConcertoLinkingTest.resource("concerto/bibs_concerto.marcxml")), "bib", null, null);
                assertEquals(100, b.added(), b.line());
            }
            assertEquals(0, first.counts()[1], "nothing to link to yet");
            assertTrue(links(store).isEmpty());

            AuthorityLinker second = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(second).build()) {
                IngestSummary a = ingest.importFiles(
                        List.of(
                                ConcertoLinkingTest.resource("concerto/auth_concerto.marcxml"),
                                ConcertoLinkingTest.resource("concerto/auth_mesh.marcxml")),
                        "auth",
                        null,
                        null);
                assertEquals(84, a.added(), a.line());
            }
            long[] c = second.counts();
            String summary = Authorities.summary(second);
            System.out.println("relink: " + summary);
            Map<String, String> late = links(store);

            // the same headings, to the same authorities, as when the authorities come first
            Map<String, Set<String>> gold = ConcertoLinkingTest.gold(BASE);
            int judged = 0;
            for (Map.Entry<String, String> e : late.entrySet()) {
                Set<String> want = gold.get(e.getKey());
                if (want == null) continue;
                judged++;
                String id = e.getValue()
                        .substring((BASE + "auth/").length(), e.getValue().length() - 10);
                assertTrue(want.contains(id), e.getKey() + " linked to " + id + ", gold: " + want);
            }
            long positives = gold.values().stream().filter(s -> !s.isEmpty()).count();
            assertEquals(positives, judged, "every heading an authority names is linked: " + late);
            assertEquals(late, linksOfAuthoritiesFirst(), "relinking gives what linking on import gives");
            assertTrue(c[4] > 0 && c[4] < 100, "only the records concerned are relinked: " + summary);
            // each record relinked got links or headings to review from the authorities: none was read in vain
            assertEquals(recordsWithLinksOrReview(store), c[4], summary);
            assertEquals(late.size(), c[5], summary);

            // an authority that goes takes its links with it
            String gone = late.values().iterator().next();
            String goneId = gone.substring((BASE + "auth/").length(), gone.length() - "#Authority".length());
            try (Ingest ingest = Ingest.builder(data)
                    .store(store)
                    .listener(Authorities.linker(store, data))
                    .build()) {
                ingest.delete("auth", List.of(goneId));
            }
            Map<String, String> after = links(store);
            assertTrue(!after.containsValue(gone), "links to the deleted authority remain: " + after);
            assertEquals(
                    late.values().stream().filter(v -> !v.equals(gone)).count(), after.size(), "the other links stay");
        }
    }

    @Test
    void headingsThatDifferOnlyInCaseAndPunctuationAreRelinkedWhenTheAuthorityArrives() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("case"));
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            try (Ingest ingest = Ingest.builder(data)
                    .store(store)
                    .listener(Authorities.linker(store, data))
                    .build()) {
                ingest.importFiles(
                        List.of(ConcertoLinkingTest.resource("synthetic/heading-case-bib.xml")), "bib", null, null);
            }
            assertTrue(links(store).isEmpty());
            AuthorityLinker linker = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                ingest.importFiles(
                        List.of(ConcertoLinkingTest.resource("concerto/auth_concerto.marcxml")), "auth", null, null);
                Map<String, String> links = links(store);
                String bib = BASE + "bib/syn-heading-case#";
                assertEquals(BASE + "auth/3022#Authority", links.get(bib + "Agent100-1"), links.toString());
                assertEquals(BASE + "auth/1116068#Authority", links.get(bib + "Agent700-1"), links.toString());
                assertEquals(1, linker.counts()[4], Authorities.summary(linker));
                // and the search index holds the new links with them
                var found = LinkedSearchTest.filed(
                        ingest.searchIndex().orElseThrow(), Set.of(BASE + "auth/3022#Authority"));
                assertEquals(Set.of(bib + "Instance"), found.get(BASE + "auth/3022#Authority"));
            }
        }
    }

    /** The links the usual order makes: authorities, then bibs. */
    private Map<String, String> linksOfAuthoritiesFirst() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("first"));
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data,
                    store,
                    List.of("concerto/auth_concerto.marcxml", "concerto/auth_mesh.marcxml"),
                    "concerto/bibs_concerto.marcxml");
            return links(store);
        }
    }

    /** How many records have a link or a heading waiting for review. */
    static long recordsWithLinksOrReview(GraphStore store) {
        QueryResult.Select rows = (QueryResult.Select) store.query(
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { { ?k a <" + AuthorityLinker.NS
                        + "AuthorityLink> } UNION { ?k a <" + AuthorityLinker.NS + "ReviewItem> } } }",
                Duration.ofMinutes(1));
        return ((Number) rows.rows().get(0).get(Var.alloc("n")).getLiteralValue()).longValue();
    }

    /** heading → authority, for every link in the store. */
    static Map<String, String> links(GraphStore store) {
        QueryResult.Select rows = (QueryResult.Select) store.query(
                "SELECT ?h ?a WHERE { GRAPH ?g { ?h <http://www.loc.gov/mads/rdf/v1#isIdentifiedByAuthority> ?a }"
                        + " FILTER(STRSTARTS(STR(?g), \"" + AuthorityLinker.LINKS_GRAPH + "\")) }",
                Duration.ofMinutes(1));
        Map<String, String> out = new TreeMap<>();
        for (Binding b : rows.rows())
            out.put(b.get(Var.alloc("h")).getURI(), b.get(Var.alloc("a")).getURI());
        return out;
    }
}
