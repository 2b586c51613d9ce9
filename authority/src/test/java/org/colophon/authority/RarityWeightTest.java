package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.colophon.authority.internal.NameKey;
import org.colophon.authority.internal.TermWeights;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name score weighs the words two names share by how rare they are among the authorities held: over the real
 * concerto authorities, orchestras of the real concerto bibs that share only "Symphony Orchestra" or "Philharmonic
 * Orchestra" with a held orchestra are neither linked nor put before a cataloguer, while a heading that shares a
 * rarer word still is, and names with every word alike score as before.
 */
class RarityWeightTest {
    @TempDir
    Path tmp;

    @Test
    void sharingOnlyCommonWordsIsNoEvidence() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            try (Ingest ingest = Ingest.builder(data).store(store).build()) {
                ingest.importFiles(
                        List.of(ConcertoLinkingTest.resource("concerto/auth_concerto.marcxml")), "auth", null, null);
            }
            AuthorityIndex index = AuthorityIndex.load(store);
            Linker linker = new Linker(index, null);
            // headings of the real concerto bibs (710 $a): each shares two or three words with a held orchestra,
            // "Symphony Orchestra" (London Symphony Orchestra) or "Philharmonic Orchestra" (Moscow Philharmonic
            // Symphony Orchestra), and plain Dice put each before a cataloguer at 60 to 66.7
            for (String orchestra : List.of(
                    "Boston Symphony Orchestra",
                    "Chicago Symphony Orchestra",
                    "BBC Symphony Orchestra",
                    "Bamberg Symphony Orchestra",
                    "Cincinnati Symphony Orchestra",
                    "Royal Philharmonic Orchestra",
                    "Czech Philharmonic Orchestra")) {
                List<Candidate> plain = List.of(Scoring.score(
                        new Query(orchestra, Kind.ORGANIZATION, "", Set.of()),
                        index.get("http://localhost:3030/auth/" + (orchestra.contains("Symphony") ? "1074870" : "1057")
                                        + "#Authority")
                                .orElseThrow()));
                assertTrue(plain.get(0).score() >= Linker.REVIEW_SCORE, "plain Dice queued it: " + plain);
                Resolution r = linker.resolve(Kind.ORGANIZATION, orchestra, Set.of());
                assertFalse(r.linked(), orchestra + ": " + r);
                assertTrue(r.review().isEmpty(), orchestra + " is not put before a cataloguer: " + r.review());
            }
            // sharing rarer words still counts: "London Symphony" is the orchestra's or the chorus's, a tie to decide
            Resolution london = linker.resolve(Kind.ORGANIZATION, "London Symphony", Set.of());
            assertFalse(london.linked(), london.toString());
            assertEquals(2, london.review().size(), london.review().toString());
            for (Candidate c : london.review())
                assertTrue(c.authority().label().startsWith("London Symphony "), c.toString());
            // and the same words in another order, or the same name in full, still match
            Resolution direct = linker.resolve(Kind.PERSON, "Dmitry Borisovich Kabalevsky, 1904-1987", Set.of());
            assertEquals(
                    "http://localhost:3030/auth/1116068#Authority",
                    direct.authority().iri(),
                    direct.toString());
            assertEquals("scored", direct.method());
        }
    }

    @Test
    void withEveryWordAlikeTheNameScoreIsPlainDice() {
        NameKey a = NameKey.of("Boston Symphony Orchestra");
        NameKey b = NameKey.of("London Symphony Orchestra");
        assertEquals(2.0 * 2 / 6, a.similarity(b, TermWeights.EVEN), 1e-9);
        assertEquals(2.0 * 2 / 6, a.similarity(b), 1e-9);
        // an initial is half a match: "D. Kabalevsky" and "Dmitry Kabalevsky", 2 × 1.5 / 4
        assertEquals(0.75, NameKey.of("D. Kabalevsky").similarity(NameKey.of("Dmitry Kabalevsky")), 1e-9);
        // light shared words give little; a word only one name has counts in full, whatever its weight
        TermWeights light = t -> t.equals("boston") || t.equals("london") ? 1.0 : 0.25;
        assertEquals(2 * 0.5 / (2 * 0.5 + 2), a.similarity(b, light), 1e-9);
        assertEquals(1.0, a.similarity(NameKey.of("Orchestra, Boston Symphony"), light), 1e-9);
    }

    @Test
    void aWordWeighsByHowFewAuthoritiesHaveIt() {
        assertEquals(1.0, AuthorityIndex.weight(84, 1), 1e-9);
        assertEquals(1.0, AuthorityIndex.weight(84, 0), 1e-9, "a word no authority has weighs as the rarest");
        assertTrue(AuthorityIndex.weight(84, 4) < AuthorityIndex.weight(84, 3));
        assertTrue(AuthorityIndex.weight(84, 84) > 0 && AuthorityIndex.weight(84, 84) < 0.01);
        assertEquals(1.0, AuthorityIndex.weight(1, 1), 1e-9, "one authority: every word alike");
    }
}
