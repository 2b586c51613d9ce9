package org.colophon.discovery.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.colophon.discovery.Suggestion;

/**
 * Type-ahead over titles, names and subjects. Each value is indexed under keys a reader might start typing — the
 * value folded like search text (simplified, lower case, no accents), the same from each later word (and from where
 * Han text follows digits or Latin letters), and for Han
 * text its pinyin with and without spaces — as {@code key SEP kind SEP value}; a prefix walks the terms.
 */
public final class Suggest {
    static final char SEP = '\u0001';
    private static final int MAX_KEY = 80;
    private static final int WORD_STARTS = 8;
    private static final int SCAN = 2000;

    private Suggest() {}

    static void add(Document doc, String kind, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 300) return;
        for (String key : keys(v)) doc.add(new StringField(Fields.SUGGEST, key + SEP + kind + SEP + v, Field.Store.NO));
    }

    static Set<String> keys(String value) {
        Set<String> keys = new LinkedHashSet<>();
        String folded = clean(Analysis.fold(value));
        add(keys, folded);
        int starts = 0;
        for (int i = 1; i < folded.length() && starts < WORD_STARTS; i++) {
            if (wordStart(folded, i)) {
                add(keys, folded.substring(i));
                starts++;
            }
        }
        if (Pinyin.hasHan(value)) {
            String py = Pinyin.of(value);
            add(keys, py);
            add(keys, py.replace(" ", ""));
        }
        return keys;
    }

    /**
     * A word starts after a space, and where Han text follows other letters or digits ({@code '2005中国小说排行榜}
     * completes from {@code 中国}).
     */
    private static boolean wordStart(String s, int i) {
        char here = s.charAt(i);
        char before = s.charAt(i - 1);
        if (here == ' ' || Character.isLowSurrogate(here)) return false;
        return before == ' ' || (Pinyin.isHan(s.codePointAt(i)) && !Pinyin.isHan(s.codePointBefore(i)));
    }

    private static void add(Set<String> keys, String key) {
        String k = key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
        if (!k.isBlank()) keys.add(k);
    }

    /** Punctuation becomes space, runs of space one: what is typed rarely has the catalogue's punctuation. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = Character.isLetterOrDigit(cp);
            if (keep) sb.appendCodePoint(cp);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        return sb.toString().strip();
    }

    public static List<Suggestion> suggest(IndexReader reader, String typed, int n) throws IOException {
        String prefix = clean(Analysis.fold(typed));
        if (prefix.isEmpty()) return List.of();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String p : prefix.contains(" ") ? List.of(prefix, prefix.replace(" ", "")) : List.of(prefix)) {
            BytesRef start = new BytesRef(p);
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.SUGGEST);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (te.seekCeil(start) == TermsEnum.SeekStatus.END) continue;
                int scanned = 0;
                for (BytesRef t = te.term(); t != null && scanned++ < SCAN; t = te.next()) {
                    String term = t.utf8ToString();
                    if (!term.startsWith(p)) break;
                    int a = term.indexOf(SEP);
                    int b = term.indexOf(SEP, a + 1);
                    String kind = term.substring(a + 1, b);
                    String value = term.substring(b + 1);
                    String id = kind + SEP + value;
                    long[] c = counts.computeIfAbsent(id, k -> new long[1]);
                    c[0] = Math.max(c[0], te.docFreq());
                    kinds.put(id, kind);
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String id = e.getKey();
            out.add(new Suggestion(id.substring(id.indexOf(SEP) + 1), kinds.get(id), e.getValue()[0]));
        }
        out.sort(Comparator.comparingLong(Suggestion::count)
                .reversed()
                .thenComparingInt(s -> s.value().length())
                .thenComparing(Suggestion::value));
        return out.size() > n ? out.subList(0, n) : out;
    }
}
