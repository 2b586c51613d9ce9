package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type-ahead and highlighting on real records: the same folding as search, so every script completes alike. */
class SuggestAndHighlightTest {
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

    static List<String> values(String typed) {
        return index.suggest(typed, 10).stream().map(Suggestion::value).toList();
    }

    @Test
    void aTitleCompletesFromItsSimplifiedTraditionalOrPinyinBeginning() {
        assertTrue(
                values("刘徽").contains("刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传"), values("刘徽").toString());
        assertEquals(values("刘徽"), values("劉徽"));
        assertTrue(
                values("liu hui").contains("刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传"),
                values("liu hui").toString());
        assertTrue(
                values("liuhui").contains("刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传"),
                values("liuhui").toString());
    }

    @Test
    void aTitleThatStartsWithAYearCompletesFromItsFirstHanCharacter() {
        // BNU catalogues the 2005 volume as '2005中国小说排行榜: a reader types 中国小 or 中國小
        List<String> simplified = values("中国小");
        assertTrue(simplified.stream().anyMatch(v -> v.startsWith("'2005中国小说排行榜")), simplified.toString());
        assertEquals(simplified, values("中國小"));
        assertEquals(simplified, values("zhongguo xiao"));
    }

    @Test
    void namesAndSubjectsCompleteToo() {
        List<Suggestion> names = index.suggest("zhou han", 10);
        assertTrue(
                names.stream()
                        .anyMatch(
                                s -> s.value().equals("周瀚光, 1950-") && s.kind().equals("name")),
                names.toString());
        List<Suggestion> subjects = index.suggest("mathematicians", 10);
        assertTrue(
                subjects.stream()
                        .anyMatch(s -> s.kind().equals("subject") && s.value().startsWith("Mathematicians")),
                subjects.toString());
        List<Suggestion> inner = index.suggest("biography", 10);
        assertTrue(inner.stream().anyMatch(s -> s.value().contains("Biography")), inner.toString());
    }

    @Test
    void nothingTypedSuggestsNothing() {
        assertEquals(List.of(), index.suggest("  ", 10));
        assertEquals(List.of(), index.suggest("qqqqzzzz", 10));
    }

    @Test
    void aHitMarksWhatATraditionalQueryMatchedInASimplifiedTitle() {
        Hit h = index.search(SearchRequest.of("猶太學")).hits().get(0);
        assertEquals("&#39;90中国<b>犹太学</b>研究总汇", h.highlight(), "escaped HTML, the match marked");
        Hit latin = index.search(SearchRequest.of("liu hui")).hits().get(0);
        assertEquals("刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传", latin.title());
    }
}
