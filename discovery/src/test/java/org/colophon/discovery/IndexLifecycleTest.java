package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes become visible at commit and not before, deletions and rollbacks, facets and filters, paging and sorting. */
class IndexLifecycleTest {
    @TempDir
    Path tmp;

    static long count(SearchResult r, String dim, String value) {
        return r.facets().get(dim).stream()
                .filter(v -> v.value().equals(value))
                .mapToLong(SearchResult.FacetValue::count)
                .sum();
    }

    @Test
    void writesAreSearchableOnlyAfterCommitAndARollbackForgetsThem() throws Exception {
        try (DiscoveryIndex index = DiscoveryIndex.open(tmp)) {
            int records = Samples.load(index, "bnu-chinese-sru.xml", "bnu");
            assertEquals(10, records);
            assertEquals(0, index.count(), "nothing is visible before the commit");
            index.prepareCommit("batch-1");
            assertEquals(0, index.count());
            index.commit();
            assertEquals(10, index.count());
            assertEquals("batch-1", index.marker());

            Samples.load(index, "loc-cjk-880.xml", "loc");
            index.rollback();
            assertEquals(10, index.count());
            assertEquals(0, index.search(SearchRequest.of("刘徽评传")).total());

            String victim = index.search(SearchRequest.of("犹太学")).hits().get(0).id();
            String recordId = victim.substring(victim.indexOf("bnu/") + 4, victim.indexOf('#'));
            index.delete("bnu", recordId);
            index.commit();
            assertEquals(9, index.count());
            assertEquals(0, index.search(SearchRequest.of("犹太学")).total());
            assertEquals(9, index.records().size());
        }
        try (DiscoveryIndex reopened = DiscoveryIndex.open(tmp)) {
            assertEquals(9, reopened.count(), "committed state survives closing");
            assertEquals("batch-1", reopened.marker());
        }
    }

    @Test
    void aReadOnlyIndexSearchesBesideTheWriterAndFollowsItsCommits() throws Exception {
        try (DiscoveryIndex writer = DiscoveryIndex.open(tmp)) {
            Samples.load(writer, "bnu-chinese-sru.xml", "bnu");
            writer.commit();
            try (DiscoveryIndex reader = DiscoveryIndex.openReadOnly(tmp)) {
                assertEquals(10, reader.count());
                assertEquals(1, reader.search(SearchRequest.of("猶太學")).total());
                Samples.load(writer, "loc-cjk-880.xml", "loc");
                assertEquals(10, reader.count(), "not before the writer commits");
                writer.commit();
                assertEquals(11, reader.count());
                assertEquals(1, reader.search(SearchRequest.of("劉徽評傳")).total());
                assertThrows(IllegalStateException.class, () -> reader.delete("bnu", "x"));
            }
        }
    }

    @Test
    void facetsCountTheWholeResultAndAFilterNarrowsIt() throws Exception {
        try (DiscoveryIndex index = DiscoveryIndex.open(tmp)) {
            Samples.load(index, "bnu-chinese-sru.xml", "bnu");
            Samples.load(index, "loc-cjk-880.xml", "loc");
            index.commit();
            SearchResult all = index.search(SearchRequest.of("").withPage(1, 3));
            assertEquals(11, all.total());
            assertEquals(3, all.hits().size());
            assertEquals(10, count(all, Facets.LIBRARY, "bnu"));
            assertEquals(1, count(all, Facets.LIBRARY, "loc"));
            assertEquals(11, count(all, Facets.LANGUAGE, "Chinese"));
            assertEquals(1, count(all, Facets.CLASSIFICATION, "LCC Q"));
            assertEquals(1, count(all, Facets.CONTRIBUTOR, "周瀚光, 1950-"));

            SearchResult loc = index.search(SearchRequest.of("").withFilter(Facets.LIBRARY, "loc"));
            assertEquals(1, loc.total());
            assertEquals(1, count(loc, Facets.DECADE, "1990s"));
            assertEquals(0, count(loc, Facets.LIBRARY, "bnu"));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> index.search(SearchRequest.of("").withFilter("colour", "red")));
        }
    }

    @Test
    void pagesDoNotOverlapAndDateSortPutsTheNewestFirst() throws Exception {
        try (DiscoveryIndex index = DiscoveryIndex.open(tmp)) {
            Samples.load(index, "bnu-chinese-sru.xml", "bnu");
            Samples.load(index, "loc-cjk-880.xml", "loc");
            index.commit();
            List<String> p1 = index.search(SearchRequest.of("").withPage(1, 6)).hits().stream()
                    .map(Hit::id)
                    .toList();
            List<String> p2 = index.search(SearchRequest.of("").withPage(2, 6)).hits().stream()
                    .map(Hit::id)
                    .toList();
            assertEquals(6, p1.size());
            assertEquals(5, p2.size());
            assertTrue(p1.stream().noneMatch(p2::contains));

            List<Hit> byDate = index.search(SearchRequest.of("").withPage(1, 11).withSort(SearchRequest.Sort.date))
                    .hits();
            for (int i = 1; i < byDate.size(); i++) {
                Integer a = year(byDate.get(i - 1).date());
                Integer b = year(byDate.get(i).date());
                if (a != null && b != null)
                    assertTrue(
                            a >= b,
                            byDate.get(i - 1).date() + " before "
                                    + byDate.get(i).date());
            }
        }
    }

    static Integer year(String date) {
        if (date == null) return null;
        var m = java.util.regex.Pattern.compile("(\\d{4})").matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
