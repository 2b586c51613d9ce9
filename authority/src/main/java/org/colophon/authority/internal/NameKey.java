package org.colophon.authority.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.colophon.discovery.TextKeys;

/**
 * A name reduced to what matching compares: its words (the search index's folding, so {@code Dvořák} is
 * {@code dvorak} and {@code 魯迅} is {@code 鲁迅}) and, when it has Han characters or might be pinyin, its pinyin
 * syllables ({@code 鲁迅} and {@code Lu, Xun} are both {@code lu xun}). Word order does not count.
 */
public record NameKey(List<String> words, List<String> pinyin, boolean han) {

    public static NameKey of(String name) {
        String n = Naco.normalize(name);
        List<String> words = new ArrayList<>();
        boolean han = false;
        for (String w : TextKeys.words(n)) {
            // CJK bigrams and unigrams both come out; keep single characters, which compare order-free
            if (w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                han = true;
                if (w.codePointCount(0, w.length()) > 1) continue;
            }
            words.add(w);
        }
        List<String> pinyin = TextKeys.pinyin(n);
        return new NameKey(words, pinyin, han);
    }

    /** The terms a candidate is looked up by. */
    public Set<String> terms() {
        Set<String> out = new LinkedHashSet<>(words);
        out.addAll(pinyin);
        return out;
    }

    /**
     * How alike two names are, 0 to 1, order-free: the Dice coefficient of their words, where an initial matches a
     * word it starts ({@code D.} ~ {@code Dmitry}, half a match); when either is in Han characters, of their pinyin
     * syllables instead if that is higher ({@code 魯迅} ~ {@code Lu Xun}).
     */
    public double similarity(NameKey other) {
        double words = dice(this.words, other.words);
        if (han || other.han) words = Math.max(words, dice(this.pinyin, other.pinyin));
        return words;
    }

    public static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.size() > 64 || b.size() > 64) return diceLong(a, b);
        // which words of b are taken, and which of a found no equal: bit sets, so comparing allocates nothing
        long taken = 0;
        long unmatched = 0;
        double hits = 0;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            boolean found = false;
            for (int j = 0; j < b.size(); j++) {
                if ((taken & (1L << j)) == 0 && b.get(j).equals(w)) {
                    taken |= 1L << j;
                    found = true;
                    break;
                }
            }
            if (found) hits++;
            else unmatched |= 1L << i;
        }
        for (int i = 0; i < a.size(); i++) {
            if ((unmatched & (1L << i)) == 0) continue;
            String w = a.get(i);
            for (int j = 0; j < b.size(); j++) {
                if ((taken & (1L << j)) != 0) continue;
                String r = b.get(j);
                if ((w.length() == 1 && r.startsWith(w)) || (r.length() == 1 && w.startsWith(r))) {
                    hits += 0.5;
                    taken |= 1L << j;
                    break;
                }
            }
        }
        return 2 * hits / (a.size() + b.size());
    }

    /** {@link #dice} for names of more than 64 words. */
    private static double diceLong(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        double hits = 0;
        List<String> unmatched = new ArrayList<>();
        for (String w : a) {
            if (rest.remove(w)) hits++;
            else unmatched.add(w);
        }
        for (String w : unmatched) {
            for (int i = 0; i < rest.size(); i++) {
                String r = rest.get(i);
                if ((w.length() == 1 && r.startsWith(w)) || (r.length() == 1 && w.startsWith(r))) {
                    hits += 0.5;
                    rest.remove(i);
                    break;
                }
            }
        }
        return 2 * hits / (a.size() + b.size());
    }
}
