package org.colophon.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A Latin word goes into the pinyin fields split into syllables only when it reads as pinyin: {@code luxun} is
 * {@code lu xun}, {@code american} (a me ri can) stays a word, and a query with no pinyin word and no CJK has no pinyin
 * alternative. Checked on both ways a value reaches the pinyin fields (the pinyin chain for a value with CJK, the text
 * terms re-segmented for one without) and on the query.
 */
class PinyinWordsTest {
    private static final Analyzer INDEX = Analysis.indexAnalyzer();
    private static final Analyzer QUERY = Analysis.queryAnalyzer();
    private static final String PY = Fields.ALL + Analysis.PINYIN;

    /** The pinyin-field terms of a value with no CJK character, as the index writes them. */
    static List<String> latinValue(String value) {
        Tokens t = Analysis.index(value)[1];
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.term(i));
        return out;
    }

    /** The pinyin-field terms of {@code 书 value}: a value with a Han character goes through the pinyin chain. */
    static List<String> besideHan(String value) {
        List<String> terms = Analysis.sequence(INDEX, PY, "书 " + value);
        assertEquals("shu", terms.get(0));
        return terms.subList(1, terms.size());
    }

    static void reads(String value, String... terms) {
        assertEquals(List.of(terms), latinValue(value), value + " alone");
        assertEquals(List.of(terms), besideHan(value), value + " beside Han");
        assertEquals(List.of(terms), Analysis.sequence(QUERY, PY, value), value + " as a query");
    }

    @Test
    void englishWordsThatSplitIntoSyllablesStayWords() {
        reads("American history", "american", "history");
        reads("Chinese", "chinese");
        reads("Case studies", "case", "studies");
        reads("women", "women");
        reads("China", "china");
    }

    @Test
    void pinyinWordsAreSplitIntoSyllables() {
        reads("luxun", "lu", "xun");
        reads("Lǔ Xùn", "lu", "xun");
        reads("Zhongguo xiaoshuo", "zhong", "guo", "xiao", "shuo");
        // Chinese place names an English word list holds stay pinyin
        reads("Beijing", "bei", "jing");
        reads("Shanghai", "shang", "hai");
        reads("Taiwan", "tai", "wan");
    }

    @Test
    void aWordOfOneSyllableIsTheSameTermEitherWay() {
        for (String w : List.of("men", "fan", "long", "you", "an")) reads(w, w);
    }

    @Test
    void aMixedValueSplitsItsPinyinWordsOnly() {
        reads("Luxun and American letters", "lu", "xun", "and", "american", "letters");
    }

    @Test
    void theEnglishListHoldsOnlyWordsThatWouldOtherwiseSplit() {
        assertTrue(PinyinSegmentFilter.ENGLISH.size() > 2000, "the list: " + PinyinSegmentFilter.ENGLISH.size());
        for (String w : PinyinSegmentFilter.ENGLISH) {
            String[] parts = PinyinSegmentFilter.split(w);
            assertNotNull(parts, w + " does not split: it need not be listed");
            assertTrue(parts.length >= 2, w + " is one syllable: the same term either way");
        }
        for (String name : List.of("beijing", "shanghai", "taiwan", "nanjing", "xiaoping"))
            assertFalse(PinyinSegmentFilter.ENGLISH.contains(name), name);
        assertArrayEquals(new String[] {"a", "me", "ri", "can"}, PinyinSegmentFilter.split("american"));
        assertEquals(null, PinyinSegmentFilter.syllables("american"));
    }

    @Test
    void aQueryWithNoPinyinWordAndNoCjkHasNoPinyinAlternative() {
        for (String q : List.of("american history", "Chinese history", "case studies", "united states", "new york"))
            assertFalse(QueryParser.parse(QUERY, q).toString().contains("_py"), q);
        for (String q : List.of("american history", "new york"))
            assertFalse(QueryParser.match(QUERY, q).toString().contains("_py"), q);
    }

    @Test
    void aQueryWithAPinyinWordOrCjkKeepsItsPinyinAlternative() {
        assertTrue(QueryParser.parse(QUERY, "luxun").toString().contains("title_py:\"lu xun\""));
        assertTrue(QueryParser.match(QUERY, "luxun").toString().contains("all_py:\"lu xun\""));
        assertTrue(QueryParser.parse(QUERY, "鲁迅").toString().contains("title_py:\"lu xun\""));
        // a word of one syllable reads as pinyin too: "men" may be 们 or 门
        assertTrue(QueryParser.parse(QUERY, "men").toString().contains("title_py:men"));
        // mixed: the pinyin words split, the English one whole, as the index holds them beside each other
        assertTrue(QueryParser.parse(QUERY, "luxun american").toString().contains("title_py:\"lu xun american\""));
    }
}
