package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past the sample size, facets are counted on a random sample of the matches and scaled to the total (and the result
 * says so); at or under it, and whenever exact counts are asked for, they are exact. The facets of everything (the
 * empty search) are counted once per committed state and follow each commit.
 */
class FacetSamplingTest {
    @TempDir
    Path tmp;

    DiscoveryIndex index;

    @BeforeEach
    void load() throws Exception {
        index = DiscoveryIndex.open(tmp.resolve("index"));
        Samples.load(index, "bnu-chinese-sru.xml", "bnu");
        Samples.load(index, "loc-cjk-880.xml", "loc");
        Samples.load(index, "bu-bibs.mrc", "bu");
        index.commit();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        index.close();
    }

    static long count(SearchResult r, String dim, String value) {
        return IndexLifecycleTest.count(r, dim, value);
    }

    @Test
    void pastTheSampleSizeCountsAreScaledFromASampleAndSaidToBeEstimates() {
        SearchRequest text = SearchRequest.of("").withFilter(Facets.TYPE, "Text");
        SearchResult exact = index.search(text);
        assertFalse(exact.facetsEstimated(), "under the default sample size every match is counted");
        assertTrue(exact.total() >= 30, "the test needs a broad search: " + exact.total());
        assertEquals(exact.total(), count(exact, Facets.TYPE, "Text"));

        index.sampleFacetsAbove(10);
        SearchResult sampled = index.search(text);
        assertTrue(sampled.facetsEstimated());
        assertEquals(exact.total(), sampled.total(), "the total is exact, sampled or not");
        assertEquals(exact.hits(), sampled.hits(), "sampling touches the facets only");
        // every sampled match has the filter's value: scaled up, about the total, where a raw sample count is ~10
        long text10 = count(sampled, Facets.TYPE, "Text");
        assertTrue(Math.abs(text10 - exact.total()) <= exact.total() * 0.3, text10 + " vs " + exact.total());
        for (String dim : List.of(Facets.TYPE, Facets.LANGUAGE, Facets.LIBRARY, Facets.DECADE)) {
            assertTrue(exact.facets().get(dim).size() < 20, dim + " has all its values listed");
            for (SearchResult.FacetValue v : sampled.facets().get(dim))
                assertTrue(count(exact, dim, v.value()) > 0, "a sampled value is a value of the matches: " + v);
        }
        assertEquals(sampled.facets(), index.search(text).facets(), "the sample is the same every time");

        SearchResult forced = index.search(text, true);
        assertFalse(forced.facetsEstimated());
        assertEquals(exact.facets(), forced.facets(), "exact when asked, past the sample size too");

        index.sampleFacetsAbove((int) exact.total());
        SearchResult atTheSize = index.search(text);
        assertFalse(atTheSize.facetsEstimated());
        assertEquals(exact.facets(), atTheSize.facets());
    }

    @Test
    void theFacetsOfEverythingFollowEachCommit() {
        index.warm(); // from here, each commit's state is prepared as it is made
        SearchResult before = index.search(SearchRequest.of(""));
        assertFalse(before.facetsEstimated());
        assertEquals(index.count(), before.total());
        long bnu = count(before, Facets.LIBRARY, "bnu");
        assertEquals(10, bnu);

        String victim = index.search(SearchRequest.of("犹太学")).hits().get(0).id();
        index.delete("bnu", victim.substring(victim.indexOf("bnu/") + 4, victim.indexOf('#')));
        index.commit();
        SearchResult after = index.search(SearchRequest.of(""));
        assertEquals(before.total() - 1, after.total());
        assertEquals(bnu - 1, count(after, Facets.LIBRARY, "bnu"));
        // the same counts as a search that counts its matches one by one
        SearchResult bnuOnly = index.search(SearchRequest.of("").withFilter(Facets.LIBRARY, "bnu"), true);
        assertEquals(bnuOnly.total(), count(after, Facets.LIBRARY, "bnu"));
    }
}
