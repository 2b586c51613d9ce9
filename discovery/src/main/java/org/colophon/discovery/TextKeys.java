package org.colophon.discovery;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.colophon.discovery.internal.Analysis;
import org.colophon.discovery.internal.Fields;

/**
 * The search index's analysis, for other modules that compare names the way search finds them (reconciliation,
 * authority linking), so there is one notion of "the same text" in Colophon: {@code 魯迅}, {@code 鲁迅},
 * {@code Lu Xun} and {@code Lǔ Xùn} give the same {@link #pinyin} terms; {@code Dvořák} and {@code dvorak} the same
 * {@link #words}.
 */
public final class TextKeys {
    private static final Analyzer QUERY = Analysis.queryAnalyzer();

    private TextKeys() {}

    /**
     * The words of {@code text} as the index reads them: ICU word breaking, traditional → simplified, CJK bigrams with
     * unigrams, case and diacritics folded. Repeats kept, in order.
     */
    public static List<String> words(String text) {
        return Analysis.sequence(QUERY, Fields.CONTRIBUTOR, text);
    }

    /**
     * The reading of {@code text} as toneless pinyin syllables, Latin folded to ASCII and run-together pinyin split
     * into syllables ({@code luxun} → {@code lu}, {@code xun}). Repeats kept, in order.
     */
    public static List<String> pinyin(String text) {
        return Analysis.sequence(QUERY, Fields.CONTRIBUTOR + Analysis.PINYIN, text);
    }

    /** Text folded for comparing as a whole: simplified Chinese, lower case, no diacritics. */
    public static String fold(String text) {
        return Analysis.fold(text);
    }
}
