package org.colophon.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The analysis under many threads at once, as a server's request threads run it: each Han character is read by one
 * shared ICU transliterator per rule set, under a lock, on the first meeting only. Sixteen threads analyse the same
 * characters in different orders, most of them met for the first time (<b>synthetic</b> input: every ninth assigned code point
 * of the CJK Unified Ideographs block, which no test record holds all of), and every thread must get what a fresh
 * transliterator of its own gives.
 */
class ConcurrentAnalysisTest {
    @Test
    void everyThreadReadsEveryCharacterAsAFreshTransliteratorDoes() throws Exception {
        List<String> chars = new ArrayList<>();
        for (int cp = 0x4E00; cp <= 0x9FFF; cp += 9) if (Pinyin.isHan(cp)) chars.add(new String(Character.toChars(cp)));
        Analyzer query = Analysis.queryAnalyzer();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<String> order = new ArrayList<>(chars);
                    Collections.shuffle(order, new Random(seed));
                    List<String> out = new ArrayList<>(Collections.nCopies(chars.size(), ""));
                    for (String c : order) {
                        String read = String.join(" ", Analysis.terms(query, Fields.TITLE, c)) + "|"
                                + String.join(" ", Analysis.terms(query, Fields.TITLE + Analysis.PINYIN, c)) + "|"
                                + Analysis.fold(c) + "|" + Pinyin.of(c);
                        out.set(chars.indexOf(c), read);
                    }
                    return out;
                }));
            }
            Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
            Transliterator pinyin = Transliterator.getInstance("Traditional-Simplified; Han-Latin; Latin-ASCII; Lower");
            List<String> expected = new ArrayList<>();
            for (String c : chars) {
                String s = simplify.transliterate(c);
                String py = pinyin.transliterate(c);
                expected.add(s + "|" + py + "|" + s + "|" + py);
            }
            for (Future<List<String>> f : results) {
                List<String> got = f.get();
                for (int i = 0; i < chars.size(); i++) assertEquals(expected.get(i), got.get(i), chars.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
