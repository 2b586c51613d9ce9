package org.colophon.discovery.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs an ICU transliterator over tokens that hold Han characters and passes every other token untouched. ICU's
 * rule-based transliterators cost microseconds a call, far too much to spend on every Latin word of a catalogue;
 * Han tokens are single characters here, so their results are cached, and the one transliterator is shared by every
 * thread ({@link SharedTransliterator}).
 */
final class HanFilter extends TokenFilter {
    private static final int CACHE_LIMIT = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SharedTransliterator transliterator;
    private final Map<String, String> cache;

    private HanFilter(TokenStream in, SharedTransliterator transliterator, Map<String, String> cache) {
        super(in);
        this.transliterator = transliterator;
        this.cache = cache;
    }

    /** A factory of filters sharing one transliterator and one cache. */
    static Factory factory(String transliteratorId) {
        SharedTransliterator t = new SharedTransliterator(transliteratorId);
        Map<String, String> cache = new ConcurrentHashMap<>();
        return in -> new HanFilter(in, t, cache);
    }

    interface Factory {
        TokenStream wrap(TokenStream in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!hasHan(term)) return true;
        String in = term.toString();
        String out = in.length() <= 2 ? cache.get(in) : null;
        if (out == null) {
            out = transliterator.transliterate(in);
            if (in.length() <= 2 && cache.size() < CACHE_LIMIT) cache.put(in, out);
        }
        term.setEmpty().append(out);
        return true;
    }

    private static boolean hasHan(CharTermAttribute t) {
        char[] b = t.buffer();
        for (int i = 0; i < t.length(); i++) {
            char c = b[i];
            if (c < 0x2E80) continue;
            int cp = Character.codePointAt(b, i, t.length());
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }
}
