package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.authority.internal.NameKey;
import org.colophon.authority.internal.TermWeights;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relinking asks the store only for the headings holding one of an arriving authority's rarest terms
 * ({@link AuthorityLinker#needed}): a heading holding none of them cannot score enough against it. Checked against
 * the scorer itself on every pair of a real waiting heading (the concerto bibs and the labelled synthetic records)
 * and a real authority (concerto and MeSH).
 */
class RelinkBoundTest {
    @TempDir
    Path tmp;

    @Test
    void commonWordsOfANameAreNotLookedUp() {
        // as in colophon-bench relink: a real name with one made-up word, among many copies of the real name
        TermWeights w = t -> t.equals("kavero") ? 1.0 : 0.05;
        NameKey k = NameKey.of("Handel Kavero, George Frideric");
        // the rare word, and one common one: a heading could meet "Kavero" by an initial ("Handel, K., George
        // Frideric") and share the three common words, which is half alike; missing both, at most 0.38
        Set<String> rare = AuthorityLinker.needed(List.of(k), w);
        assertEquals(2, rare.size(), rare.toString());
        assertTrue(rare.contains("kavero"), rare.toString());
        // every word as rare: most of them are needed (any two shared words could be enough)
        Set<String> even = AuthorityLinker.needed(List.of(k), TermWeights.EVEN);
        assertTrue(even.size() >= 3, even.toString());
    }

    @Test
    void noHeadingTheScorerWeighsIsLeftOut() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ScoredRelinkTest.load(data, store, ScoredRelinkTest.BIBS, "bib");
            QueryResult.Select rows = (QueryResult.Select) store.query(
                    "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?h <" + AuthorityLinker.NS + "headingTerm> ?t } GRAPH ?r {"
                            + " ?h <http://www.w3.org/2000/01/rdf-schema#label> ?l } }",
                    Duration.ofMinutes(1));
            Set<String> labels = new HashSet<>();
            for (Binding b : rows.rows()) labels.add(b.get(Var.alloc("l")).getLiteralLexicalForm());
            assertTrue(labels.size() > 300, "waiting headings: " + labels.size());
            ScoredRelinkTest.load(data, store, ScoredRelinkTest.AUTHORITIES, "auth");
            AuthorityIndex index = AuthorityIndex.load(store);
            TermWeights weights = index.weights();
            int weighed = 0;
            long needed = 0;
            long all = 0;
            for (Authority a : index.all()) {
                List<NameKey> keys = Scoring.keys(a);
                Set<String> lookup = AuthorityLinker.needed(keys, weights);
                Set<String> terms = new HashSet<>();
                for (NameKey k : keys) terms.addAll(k.terms());
                needed += lookup.size();
                all += terms.size();
                for (String label : labels) {
                    int sub = label.indexOf("--");
                    for (String text :
                            sub > 0 ? List.of(label, label.substring(0, sub).strip()) : List.of(label)) {
                        double score = index.score(new Query(text, a.kind(), "", Set.of()), a)
                                .score();
                        if (score < Linker.REVIEW_SCORE) continue;
                        weighed++;
                        Set<String> held = new HashSet<>(AuthorityLinker.terms(label));
                        if (sub > 0)
                            held.addAll(AuthorityLinker.terms(
                                    label.substring(0, sub).strip()));
                        held.retainAll(lookup);
                        assertTrue(
                                !held.isEmpty(),
                                "\"" + label + "\" scores " + score + " against " + a.label() + " but holds none of "
                                        + lookup);
                    }
                }
            }
            System.out.println("relink bound: " + weighed + " (heading, authority) pairs scoring at least "
                    + Linker.REVIEW_SCORE + ", each holding a looked-up term; " + needed + " of " + all
                    + " authority terms looked up");
            assertTrue(weighed > 20, "the check saw pairs: " + weighed);
            assertTrue(needed < all, needed + " of " + all);
        }
    }
}
