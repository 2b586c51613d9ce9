package org.colophon.discovery.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Toneless pinyin of Han text, a character at a time, cached: {@code 魯迅} → {@code lu xun}. */
final class Pinyin {
    private static final SharedTransliterator READ =
            new SharedTransliterator("Traditional-Simplified; Han-Latin; Latin-ASCII; Lower");
    private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();

    private Pinyin() {}

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isHan(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean isHan(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The Han characters of {@code s} read as pinyin syllables, separated by spaces; other characters dropped. */
    static String of(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isHan(cp)) continue;
            String syllable = CACHE.computeIfAbsent(cp, c -> READ.transliterate(new String(Character.toChars(c))));
            if (sb.length() > 0) sb.append(' ');
            sb.append(syllable);
        }
        return sb.toString();
    }
}
