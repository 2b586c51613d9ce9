package org.colophon.authority.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weighted Dice of two word lists counts the same on either side of 64 words (the bit sets grow past one long):
 * a long name of a conference or a corporate body with its subordinate units.
 */
class NameKeyDiceTest {
    private static List<String> words(int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) w.add("w" + i);
        return w;
    }

    @Test
    void longNamesCountAsShortOnes() {
        for (int n : List.of(3, 63, 64, 65, 130)) {
            List<String> a = words(n);
            List<String> b = new ArrayList<>(a);
            Collections.reverse(b);
            assertEquals(1.0, NameKey.dice(a, b), 1e-12, n + " words, same words");
            // one word missing on b's side: 2(n-1) / (2(n-1) + 1)
            List<String> less = new ArrayList<>(b.subList(1, n));
            assertEquals(2.0 * (n - 1) / (2.0 * (n - 1) + 1), NameKey.dice(a, less), 1e-12, n + " words, one missing");
            // the last word of a (past the first long when n > 64) given as its initial: half shared, half missing
            List<String> initial = new ArrayList<>(a);
            initial.set(n - 1, "w");
            double x = 1; // every word weighs 1
            double expected = (2.0 * (n - 1) + x) / (2.0 * (n - 1) + x + 1);
            assertEquals(expected, NameKey.dice(a, initial), 1e-12, n + " words, one an initial");
            // a word the weights make light counts for less, however long the name
            TermWeights light = t -> t.equals("w0") ? 0.25 : 1;
            List<String> other = new ArrayList<>(a);
            other.set(n - 1, "zz");
            double hits = 2.0 * (n - 2) + 2 * 0.25;
            assertEquals(hits / (hits + 2), NameKey.dice(a, other, light), 1e-12, n + " words, weighted");
        }
    }
}
