package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simplified, traditional and pinyin forms of the same titles and names find the same records, on real records from
 * Beijing Normal University and the Library of Congress.
 */
class ScriptsAsOneTest {
    @TempDir
    static Path tmp;

    static DiscoveryIndex index;

    @BeforeAll
    static void load() throws Exception {
        index = DiscoveryIndex.open(tmp.resolve("index"));
        Samples.load(index, "bnu-chinese-sru.xml", "bnu");
        Samples.load(index, "loc-cjk-880.xml", "loc");
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Set<String> ids(String q) {
        Set<String> ids = new TreeSet<>();
        for (Hit h : index.search(SearchRequest.of(q).withPage(1, 100)).hits()) ids.add(h.id());
        return ids;
    }

    /** Every form finds the same, non-empty set of records; returns it. */
    static Set<String> sameHits(String... forms) {
        Set<String> first = ids(forms[0]);
        assertFalse(first.isEmpty(), "nothing found for " + forms[0]);
        for (String f : forms) assertEquals(first, ids(f), f + " vs " + forms[0]);
        return first;
    }

    @Test
    void aSimplifiedTitleItsTraditionalFormAndItsPinyinFindTheSameRecords() {
        Set<String> hits = sameHits(
                "中国小说排行榜",
                "中國小說排行榜",
                "zhongguo xiaoshuo paihangbang",
                "Zhōngguó xiǎoshuō páihángbǎng",
                "ZHONGGUO XIAOSHUO",
                "zhongguoxiaoshuo paihangbang");
        for (String id : hits) {
            Hit h = index.search(SearchRequest.of("中国小说排行榜").withPage(1, 100)).hits().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertTrue(h.title().contains("中国小说排行榜"), h.title());
        }
        assertEquals(2, hits.size(), hits.toString());
    }

    @Test
    void aNameInEitherScriptOrPinyinWithOrWithoutSpacesFindsTheSameRecords() {
        sameHits("蒋元明", "蔣元明", "Jiang Yuanming", "jiang yuan ming", "jiangyuanming");
    }

    @Test
    void the880PairOfALibraryOfCongressRecordIsOneRecordInEveryForm() {
        Set<String> hits = sameHits("刘徽评传", "劉徽評傳", "Liu Hui ping zhuan", "liuhui pingzhuan", "Liú Huī");
        assertEquals(Set.of(Samples.BASE + "loc/5287459#Instance"), hits);
        assertEquals(hits, ids("周瀚光"));
        assertEquals(hits, ids("Zhou Hanguang"));
    }

    @Test
    void pinyinSyllablesMustComeInTheOrderTypedAndNextToEachOther() {
        assertFalse(ids("jiang yuan ming").isEmpty());
        assertTrue(ids("ming yuan jiang").isEmpty(), ids("ming yuan jiang").toString());
        assertTrue(ids("jiang ming").isEmpty(), ids("jiang ming").toString());
    }

    @Test
    void aCharacterWithSeveralReadingsIsFoundByEither() {
        // 行 in 排行榜 reads háng; ICU alone reads every 行 as xíng
        assertEquals(ids("中国小说排行榜"), ids("zhongguo xiaoshuo paihangbang"));
        assertEquals(ids("中国小说排行榜"), ids("zhongguo xiaoshuo paixingbang"));
    }

    @Test
    void theTotalAndFacetsCountExactlyTheRecordsTheRankedQueryFinds() {
        // the total and facets come from a cheaper query over the catch-all field; it must find the same records
        Set<String> queries =
                new TreeSet<>(List.of("中国", "中國", "zhongguo", "liu hui", "luxun", "7305022144", "xiaoshuo"));
        for (Hit h : index.search(SearchRequest.of("").withPage(1, 100)).hits()) {
            queries.add(h.title());
            for (Hit.Text t : h.titles()) queries.addAll(List.of(t.value().split("[\\s:/,.]+")));
            queries.addAll(h.contributors());
            queries.addAll(h.subjects());
        }
        queries.removeIf(String::isBlank);
        assertTrue(queries.size() > 50, queries.toString());
        for (String q : queries)
            assertEquals(
                    index.instanceIds(q, 1000).size(),
                    index.search(SearchRequest.of(q)).total(),
                    q);
    }

    @Test
    void anIsbnFindsItsRecordInEveryForm() {
        Set<String> hits = sameHits("7305022144", "7-305-02214-4", "9787305022142", "978-7-305-02214-2");
        assertEquals(Set.of(Samples.BASE + "loc/5287459#Instance"), hits);
    }

    @Test
    void hitsCarryTitlesInEveryScriptWithTheirLanguageTags() {
        Hit h = index.search(SearchRequest.of("刘徽评传")).hits().get(0);
        assertEquals("刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传", h.title());
        assertTrue(
                h.titles()
                        .contains(new Hit.Text(
                                "Liu Hui ping zhuan : fu Qin Jiushao, Li Ye, Yang Hui, Zhu Shijie ping zhuan",
                                "zh-Latn-pinyin")),
                h.titles().toString());
        assertEquals(List.of("loc"), h.libraries());
        assertEquals(List.of("周瀚光, 1950-"), h.contributors().subList(0, 1));
    }

    @Test
    void anEnglishWordThatSplitsIntoPinyinSyllablesFindsTheRecordsHoldingTheWord() {
        // "china" splits into chi na: read as English, it finds what holds the word (a subject of the LC record)
        List<Hit> hits =
                index.search(SearchRequest.of("China").withPage(1, 100)).hits();
        assertFalse(hits.isEmpty());
        for (Hit h : hits) {
            String all = (h.title() + " " + h.contributors() + " " + h.subjects()).toLowerCase(java.util.Locale.ROOT);
            assertTrue(all.contains("china"), h.id() + ": " + all);
        }
        // its syllables typed apart are pinyin, and find something else or nothing
        assertFalse(ids("chi na").containsAll(ids("China")), ids("chi na") + " vs " + ids("China"));
    }
}
