package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings that an arriving authority matches only by score — neither as written nor by NACO key — are relinked when
 * the authority arrives, not at their record's next import: the Evergreen concerto bibs and a labelled synthetic
 * record with two concerto names in direct order are imported into a store with no authorities, then the concerto
 * and MeSH authorities. The links (with their methods) and the review queue that follow are those an
 * authorities-first import makes, and the search index files the records under the new links.
 */
class ScoredRelinkTest {
    @TempDir
    Path tmp;

    static final String BASE = RelinkTest.BASE;
    static final List<String> AUTHORITIES = List.of("concerto/auth_concerto.marcxml", "concerto/auth_mesh.marcxml");
    static final List<String> BIBS =
            List.of("concerto/bibs_concerto.marcxml", "synthetic/heading-order-bib.xml", "synthetic/review-bib.xml");
    static final String TO_REVIEW = BASE + "bib/syn-review#";
    static final String ORDER = BASE + "bib/syn-heading-order#";

    @Test
    void authoritiesArrivingLinkWhatOnlyTheScorerMatches() throws Exception {
        DataDir data = DataDir.of(tmp.resolve("late"));
        Map<String, String> late;
        Map<String, Set<String>> lateReview;
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            load(data, store, BIBS, "bib");
            assertTrue(RelinkTest.links(store).isEmpty(), "nothing to link to yet");
            assertTrue(review(store).isEmpty(), "nothing to review yet");

            AuthorityLinker linker = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                ingest.importFiles(resources(AUTHORITIES), "auth", null, null);
                late = linksWithMethod(store);
                lateReview = review(store);
                // the search document follows the new links in the same commit
                var filed = LinkedSearchTest.filed(
                        ingest.searchIndex().orElseThrow(), Set.of(BASE + "auth/3022#Authority"));
                assertTrue(
                        filed.get(BASE + "auth/3022#Authority").contains(ORDER + "Instance"),
                        "the index files the record under the scored link: " + filed);
            }
            String summary = Authorities.summary(linker);
            System.out.println("scored relink: " + summary);
            assertTrue(linker.counts()[4] < 100, "only the records concerned are relinked: " + summary);

            // the two direct-order headings: linked by the scorer alone, their keys no form of the authority's
            assertEquals(BASE + "auth/3022#Authority scored", late.get(ORDER + "Agent100-1"), late.toString());
            assertEquals(BASE + "auth/1116068#Authority scored", late.get(ORDER + "Agent700-1"), late.toString());
            AuthorityIndex index = AuthorityIndex.load(store);
            assertNoSharedKey(store, index, ORDER + "Agent100-1", BASE + "auth/3022#Authority");
            assertNoSharedKey(store, index, ORDER + "Agent700-1", BASE + "auth/1116068#Authority");
        }

        DataDir first = DataDir.of(tmp.resolve("first"));
        try (GraphStore store = GraphStore.open(first.tdb2())) {
            load(first, store, AUTHORITIES, "auth");
            load(first, store, BIBS, "bib");
            assertEquals(linksWithMethod(store), late, "relinking links what linking on import links, the same way");
            Map<String, Set<String>> firstReview = review(store);
            // the two headings written to be decided wait; the orchestras of the concerto bibs that share only
            // "Symphony Orchestra" or "Philharmonic Orchestra" with a held one do not (RarityWeightTest)
            assertEquals(
                    Set.of(TO_REVIEW + "Agent700-1", TO_REVIEW + "Agent710-1"),
                    firstReview.keySet(),
                    "what waits for review: " + firstReview);
            assertEquals(firstReview, lateReview, "and queues the same headings with the same candidates");
            // what the terms cost: a figure for the docs, not a test
            System.out.println("review: " + firstReview.size() + " headings; heading terms: "
                    + count(store, "?h <" + AuthorityLinker.NS + "headingTerm> ?t") + " triples in the link graphs, of "
                    + count(store, "?s ?p ?o") + " in all");
        }
    }

    /**
     * At scale most of a name's words are held by thousands of waiting headings; the linker then reads only the
     * headings holding two of them at once. Here every term held by more than two headings counts as crowded (the
     * concerto set has few headings), and the authorities arriving still link the two direct-order headings by
     * score, link everything else and queue the same headings for review as an authorities-first import does.
     */
    @Test
    void crowdedTermsStillFindTheHeadingsThatShareTwoWords() throws Exception {
        long[] rows = new long[2];
        Map<String, String> links = null;
        Map<String, Set<String>> queue = null;
        for (int crowded : new int[] {AuthorityLinker.CROWDED_TERM, 2}) {
            DataDir data = DataDir.of(tmp.resolve("crowded-" + crowded));
            try (GraphStore store = GraphStore.open(data.tdb2())) {
                load(data, store, BIBS, "bib");
                AuthorityLinker linker = new AuthorityLinker(
                        AuthorityIndex.load(store), Decisions.open(Authorities.reviewDir(data)), store, crowded);
                try (Ingest ingest =
                        Ingest.builder(data).store(store).listener(linker).build()) {
                    ingest.importFiles(resources(AUTHORITIES), "auth", null, null);
                }
                rows[crowded == 2 ? 1 : 0] = linker.lookupCounts()[1];
                if (links == null) {
                    links = linksWithMethod(store);
                    queue = review(store);
                    continue;
                }
                Map<String, String> crowdedLinks = linksWithMethod(store);
                assertEquals(BASE + "auth/3022#Authority scored", crowdedLinks.get(ORDER + "Agent100-1"));
                assertEquals(BASE + "auth/1116068#Authority scored", crowdedLinks.get(ORDER + "Agent700-1"));
                assertEquals(links, crowdedLinks, "the same links, crowded terms or not");
                Map<String, Set<String>> crowdedQueue = review(store);
                System.out.println("crowded terms: " + rows[1] + " heading rows read instead of " + rows[0]
                        + "; review " + crowdedQueue.size() + " headings instead of " + queue.size());
                // on this set no heading shares a single word, and nothing else, with an authority that scores it
                assertEquals(queue, crowdedQueue, "the same review queue");
            }
        }
    }

    /** Neither the heading's NACO keys nor its label is one of the authority's forms (as given or keyed). */
    private static void assertNoSharedKey(GraphStore store, AuthorityIndex index, String heading, String authority) {
        QueryResult.Select rows = (QueryResult.Select) store.query(
                "SELECT ?l WHERE { <" + heading + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                Duration.ofMinutes(1));
        Set<String> headingKeys = new HashSet<>();
        for (Binding b : rows.rows()) {
            String l = b.get(Var.alloc("l")).getLiteralLexicalForm();
            headingKeys.add(l);
            headingKeys.addAll(AuthorityLinker.keys(l));
        }
        assertTrue(!headingKeys.isEmpty(), heading);
        Authority a = index.get(authority).orElseThrow();
        Set<String> forms = new HashSet<>();
        List<String> labels = new ArrayList<>();
        labels.add(a.label());
        for (Authority.Variant v : a.variants()) labels.add(v.label());
        for (String l : labels) {
            forms.add(l);
            forms.addAll(AuthorityLinker.keys(l));
        }
        headingKeys.retainAll(forms);
        assertTrue(headingKeys.isEmpty(), heading + " shares a key with " + authority + ": " + headingKeys);
    }

    private static long count(GraphStore store, String pattern) {
        QueryResult.Select rows = (QueryResult.Select)
                store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { " + pattern + " } }", Duration.ofMinutes(1));
        return rows.rows().get(0).get(Var.alloc("n")).getLiteralValue() instanceof Number n ? n.longValue() : -1;
    }

    static void load(DataDir data, GraphStore store, List<String> files, String source) throws Exception {
        try (Ingest ingest = Ingest.builder(data)
                .store(store)
                .listener(Authorities.linker(store, data))
                .build()) {
            ingest.importFiles(resources(files), source, null, null);
        }
    }

    private static List<Path> resources(List<String> names) throws Exception {
        List<Path> out = new ArrayList<>();
        for (String n : names) out.add(ConcertoLinkingTest.resource(n));
        return out;
    }

    /** heading → "authority method", for every link in the store. */
    static Map<String, String> linksWithMethod(GraphStore store) {
        QueryResult.Select rows = (QueryResult.Select) store.query(
                "PREFIX c: <" + AuthorityLinker.NS + "> SELECT ?h ?a ?m WHERE { GRAPH ?g { ?k a c:AuthorityLink ;"
                        + " c:heading ?h ; c:authority ?a ; c:method ?m FILTER NOT EXISTS { ?k c:component ?x } } }",
                Duration.ofMinutes(1));
        Map<String, String> out = new TreeMap<>();
        for (Binding b : rows.rows()) {
            out.put(
                    b.get(Var.alloc("h")).getURI(),
                    b.get(Var.alloc("a")).getURI() + " " + b.get(Var.alloc("m")).getLiteralLexicalForm());
        }
        return out;
    }

    /** heading waiting for review → "authority score" of each candidate. */
    static Map<String, Set<String>> review(GraphStore store) {
        QueryResult.Select rows = (QueryResult.Select) store.query(
                "PREFIX c: <" + AuthorityLinker.NS + "> SELECT ?h ?a ?s WHERE { GRAPH ?g { ?r a c:ReviewItem ;"
                        + " c:heading ?h ; c:candidate ?c . ?c c:authority ?a ; c:score ?s } }",
                Duration.ofMinutes(1));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Binding b : rows.rows()) {
            out.computeIfAbsent(b.get(Var.alloc("h")).getURI(), k -> new TreeSet<>())
                    .add(b.get(Var.alloc("a")).getURI() + " "
                            + b.get(Var.alloc("s")).getLiteralLexicalForm());
        }
        return out;
    }
}
