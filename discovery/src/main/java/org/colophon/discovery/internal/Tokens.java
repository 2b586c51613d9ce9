package org.colophon.discovery.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * One value's terms, analysed once and replayed into every field that indexes it: a title goes into {@code title} and
 * {@code all}, so it was analysed twice per analyzer before, four times in all with the pinyin twins.
 */
final class Tokens {
    private String[] terms = new String[8];
    private int[] posInc = new int[8];
    private int[] start = new int[8];
    private int[] end = new int[8];
    private int size;
    private int finalOffset;

    private Tokens() {}

    /** What {@code analyzer} makes of {@code text} for {@code field}, every token as the index would see it. */
    static Tokens of(Analyzer analyzer, String field, String text) {
        Tokens out = new Tokens();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term.toString(), inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            ts.end();
            out.finalOffset = offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The pinyin twin of a value's text terms, for a value with no CJK character: the pinyin chain differs from the
     * text chain there only by its last step, {@link PinyinSegmentFilter} ({@code luxun} → {@code lu xun}), so it is
     * that step run over the text terms instead of the whole chain again.
     */
    Tokens segmented() {
        Tokens out = new Tokens();
        out.finalOffset = finalOffset;
        for (int i = 0; i < size; i++) {
            String t = terms[i].replace("'", "");
            String[] parts = PinyinSegmentFilter.syllables(t);
            if (parts == null) out.add(terms[i], posInc[i], start[i], end[i]);
            else {
                out.add(parts[0], posInc[i], start[i], end[i]);
                for (int k = 1; k < parts.length; k++) out.add(parts[k], 1, start[i], end[i]);
            }
        }
        return out;
    }

    private void add(String term, int inc, int from, int to) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            posInc = Arrays.copyOf(posInc, size * 2);
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        terms[size] = term;
        posInc[size] = inc;
        start[size] = from;
        end[size] = to;
        size++;
    }

    int size() {
        return size;
    }

    String term(int i) {
        return terms[i];
    }

    int positionIncrement(int i) {
        return posInc[i];
    }

    /** A field indexing these tokens; it replays them through the stream the indexer hands back for the field. */
    Field field(String name) {
        return new Analysed(name, this);
    }

    private static final class Analysed extends Field {
        private final Tokens tokens;

        Analysed(String name, Tokens tokens) {
            super(name, TextField.TYPE_NOT_STORED);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            // a new token stream costs its attributes' set-up, more than replaying a title's terms
            Replay r = reuse instanceof Replay x ? x : new Replay();
            r.tokens = tokens;
            return r;
        }
    }

    private static final class Replay extends TokenStream {
        private Tokens tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int at;

        @Override
        public boolean incrementToken() {
            if (at == tokens.size) return false;
            clearAttributes();
            term.setEmpty().append(tokens.terms[at]);
            inc.setPositionIncrement(tokens.posInc[at]);
            offset.setOffset(tokens.start[at], tokens.end[at]);
            at++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(tokens.finalOffset, tokens.finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
        }
    }
}
