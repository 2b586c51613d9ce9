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
     * syllables instead if that is higher ({@code 魯迅} ~ {@code Lu Xun}). Every word weighs the same.
     */
    public double similarity(NameKey other) {
        return similarity(other, TermWeights.EVEN);
    }

    /**
     * As {@link #similarity(NameKey)}, a word both names have weighing what {@code weights} says (0 to 1), a word
     * only one has weighing 1: twice the weights of the shared words over that plus the count of the words not
     * shared. Sharing only light words (common ones) gives little; a missing word counts in full, whatever it is. An
     * initial matched to a word it starts is half shared, weighing as that word, and half missing. With every weight
     * 1 this is plain Dice, and no weights make it more.
     */
    public double similarity(NameKey other, TermWeights weights) {
        double words = dice(this.words, other.words, weights);
        if (han || other.han) words = Math.max(words, dice(this.pinyin, other.pinyin, weights));
        return words;
    }

    public static double dice(List<String> a, List<String> b) {
        return dice(a, b, TermWeights.EVEN);
    }

    /** The weighted Dice coefficient of two lists of words ({@link #similarity(NameKey, TermWeights)}). */
    public static double dice(List<String> a, List<String> b, TermWeights weights) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        // which words of b are taken, and which of a found no equal, as bit sets (one long for 64 words)
        long[] taken = new long[(b.size() + 63) >>> 6];
        long[] unmatched = new long[(a.size() + 63) >>> 6];
        double hits = 0;
        double total = 0;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            boolean found = false;
            for (int j = 0; j < b.size(); j++) {
                if (!has(taken, j) && b.get(j).equals(w)) {
                    set(taken, j);
                    found = true;
                    break;
                }
            }
            if (found) {
                double x = weights.weight(w);
                hits += 2 * x;
                total += 2 * x;
            } else set(unmatched, i);
        }
        for (int i = 0; i < a.size(); i++) {
            if (!has(unmatched, i)) continue;
            String w = a.get(i);
            boolean found = false;
            for (int j = 0; j < b.size(); j++) {
                if (has(taken, j)) continue;
                String r = b.get(j);
                if ((w.length() == 1 && r.startsWith(w)) || (r.length() == 1 && w.startsWith(r))) {
                    // half shared (weighing as the word it stands for), half missing
                    double x = weights.weight(w.length() == 1 ? r : w);
                    hits += x;
                    total += x + 1;
                    set(taken, j);
                    found = true;
                    break;
                }
            }
            if (!found) total++;
        }
        for (int j = 0; j < b.size(); j++) if (!has(taken, j)) total++;
        return total <= 0 ? 0 : hits / total;
    }

    private static boolean has(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }
}
