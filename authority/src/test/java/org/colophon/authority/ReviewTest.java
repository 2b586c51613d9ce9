package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ambiguous headings wait for a cataloguer; a decision relinks the record at once, is kept in the data directory,
 * and is used again when another record with the same heading is imported.
 */
class ReviewTest {
    @TempDir
    Path tmp;

    @Test
    void aDecisionLinksTheHeadingAndIsReusedByTheNextImport() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data, store, List.of("concerto/auth_concerto.marcxml"), ConcertoLinkingTest.BIBS_TO_REVIEW);
            AuthorityLinker linker = Authorities.linker(store, data);
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                Review review = Authorities.review(ingest, linker);
                List<Review.Item> items = review.list();
                assertFalse(items.isEmpty());
                Review.Item lpo = items.stream()
                        .filter(i -> i.label().equals(ConcertoLinkingTest.LONDON_SYMPHONY))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not queued: " + items));
                assertEquals(Kind.ORGANIZATION, lpo.kind());
                String lso = lpo.candidates().get(0).authority();
                assertTrue(lpo.candidates().get(0).label().startsWith("London Symphony"), lpo.toString());
                assertFalse(linked(store, lpo.heading()));

                // a wrong link, on purpose, to see the decision applied: reject then accept
                review.reject(lpo.heading(), lso);
                assertFalse(linked(store, lpo.heading()));
                review.accept(lpo.heading(), lso);
                assertTrue(linked(store, lpo.heading()));
                assertTrue(review.list().stream().noneMatch(i -> i.heading().equals(lpo.heading())));

                // the decision is kept: a fresh linker links the same heading by it, method "review"
                Linker fresh = new Linker(AuthorityIndex.load(store), Decisions.open(Authorities.reviewDir(data)));
                Resolution r = fresh.resolve(Kind.ORGANIZATION, "London Symphony", java.util.Set.of());
                assertEquals("review", r.method());
                assertEquals(lso, r.authority().iri());
            }
        }
    }

    private static boolean linked(GraphStore store, String heading) {
        QueryResult.Ask a = (QueryResult.Ask) store.query(
                "ASK { <" + heading + "> <http://www.loc.gov/mads/rdf/v1#isIdentifiedByAuthority> ?a }",
                Duration.ofSeconds(30));
        return a.answer();
    }
}
