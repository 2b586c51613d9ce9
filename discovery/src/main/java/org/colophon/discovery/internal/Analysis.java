package org.colophon.discovery.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text becomes terms, the same at index and at query time, so a query in any script finds the same records.
 *
 * <ul>
 *   <li><b>text</b> fields: ICU word breaking (Han as single characters), traditional → simplified Chinese, CJK
 *       bigrams with unigrams (Han, kana, hangul), ICU folding (case, diacritics, width). {@code 歷史研究} and
 *       {@code 历史研究} give the same terms; {@code Dvořák} and {@code dvorak} too.
 *   <li><b>pinyin</b> fields ({@code *_py}): every character read in toneless pinyin (ICU {@code Han-Latin}), Latin
 *       folded to ASCII, and pinyin typed without spaces split into syllables: {@code 魯迅}, {@code 鲁迅},
 *       {@code lu xun}, {@code Lǔ Xùn} and {@code luxun} all give {@code lu xun}. Queries match them as phrases.
 * </ul>
 */
public final class Analysis {
    /** Suffix of the pinyin twin of a text field. */
    public static final String PINYIN = "_py";

    private static final HanFilter.Factory TRAD_SIMP = HanFilter.factory("Traditional-Simplified");
    private static final HanFilter.Factory TO_PINYIN =
            HanFilter.factory("Traditional-Simplified; Han-Latin; Latin-ASCII; Lower");

    private Analysis() {}

    /** The analyzer documents are indexed with: text by default, pinyin for {@code *_py}, keywords verbatim. */
    public static Analyzer indexAnalyzer() {
        return analyzer(true);
    }

    /** The analyzer queries are read with: as {@link #indexAnalyzer()}, but one reading per character. */
    public static Analyzer queryAnalyzer() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean allReadings) {
        Analyzer text = new TextAnalyzer();
        Analyzer pinyin = new PinyinAnalyzer(allReadings);
        Analyzer keyword = new KeywordAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String f : Fields.TEXT) perField.put(f + PINYIN, pinyin);
        for (String f : Fields.KEYWORD) perField.put(f, keyword);
        return new PerFieldAnalyzerWrapper(text, perField);
    }

    private static final Analyzer INDEX = indexAnalyzer();

    /**
     * A value as the index analyses it, once for every field it goes into: its text terms and its pinyin twin's. A
     * value with no CJK character gets its twin from its text terms (see {@link Tokens#segmented()}), the pinyin chain
     * being the text chain plus syllable splitting there.
     */
    static Tokens[] index(String value) {
        Tokens text = Tokens.of(INDEX, Fields.ALL, value);
        Tokens pinyin = hasCjk(value) ? Tokens.of(INDEX, Fields.ALL + PINYIN, value) : text.segmented();
        return new Tokens[] {text, pinyin};
    }

    /**
     * Whether {@code s} has a character some step of the analysis treats apart from Latin and other alphabets: Han
     * (simplified, read as pinyin), kana and hangul (bigrams), bopomofo.
     */
    static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x1100) continue;
            if (Character.isIdeographic(cp)) return true;
            switch (Character.UnicodeScript.of(cp)) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /** Every term {@code analyzer} makes of {@code text} for {@code field}, in order, repeats kept. */
    public static List<String> sequence(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The distinct terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        return new ArrayList<>(new LinkedHashSet<>(sequence(analyzer, field, text)));
    }

    private static final SharedTransliterator SIMPLIFY = new SharedTransliterator("Traditional-Simplified");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static final Map<Integer, String> SIMPLIFIED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Text folded for sorting, suggest and highlighting: simplified, lower case, without accents. Han is simplified a
     * character at a time, as the search analysis does (its tokenizer gives Han one character a token), so what
     * suggest and highlighting match is what search matches; each character's form is looked up once.
     */
    public static String fold(String text) {
        if (ascii(text)) return text.toLowerCase(java.util.Locale.ROOT); // no marks, nothing to decompose
        String t = Pinyin.hasHan(text) ? simplify(text) : text;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return MARKS.matcher(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD))
                .replaceAll("");
    }

    private static String simplify(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Pinyin.isHan(cp)) sb.appendCodePoint(cp);
            else
                sb.append(
                        SIMPLIFIED.computeIfAbsent(cp, c -> SIMPLIFY.transliterate(new String(Character.toChars(c)))));
        }
        return sb.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static Tokenizer tokenizer() {
        return new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
    }

    private static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            TokenStream ts = TRAD_SIMP.wrap(source);
            ts = new CJKBigramFilter(
                    ts,
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    true);
            ts = new ICUFoldingFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }

    private static final class PinyinAnalyzer extends Analyzer {
        private final boolean allReadings;

        PinyinAnalyzer(boolean allReadings) {
            this.allReadings = allReadings;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            TokenStream ts = source;
            if (allReadings) ts = new PolyphoneFilter(TRAD_SIMP.wrap(ts));
            ts = TO_PINYIN.wrap(ts);
            ts = new ICUFoldingFilter(ts);
            ts = new PinyinSegmentFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }
}
