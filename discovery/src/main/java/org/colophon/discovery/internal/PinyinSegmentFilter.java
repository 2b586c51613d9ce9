package org.colophon.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Splits a token that is pinyin written without spaces into its syllables ({@code luxun} → {@code lu}, {@code xun};
 * {@code xi'an} → {@code xi}, {@code an}), choosing the split with the fewest syllables; a token that does not read as
 * pinyin passes unchanged. So {@code Lu Xun}, {@code LuXun}, {@code luxun} and {@code 鲁迅} read alike.
 *
 * <p>A token reads as pinyin when it splits completely into toneless pinyin syllables and is not an English word that
 * happens to ({@code american} = a me ri can, {@code chinese}, {@code case}: see {@link #ENGLISH}). Splitting those
 * cost every English query a phrase over common syllables in each pinyin field and found nothing the word itself does
 * not. A word of one syllable ({@code men}, {@code long}, {@code you}) is the same term split or not.
 */
final class PinyinSegmentFilter extends ExpandingFilter {
    static final Set<String> SYLLABLES = load("pinyin-syllables.txt");
    /**
     * English words of two or more syllables that also split completely into pinyin syllables, read as English (the
     * resource's header says where the list comes from): 2,538 words from an English word list, less the Chinese
     * place and personal names it holds ({@code beijing}, {@code shanghai}), which stay pinyin.
     */
    static final Set<String> ENGLISH = load("english-pinyin-lookalikes.txt");

    private static final int LONGEST = 6;

    PinyinSegmentFilter(TokenStream in) {
        super(in, 1);
    }

    @Override
    void expand(ArrayDeque<String> following) {
        String t = term.toString().replace("'", "");
        String[] parts = syllables(t);
        if (parts == null || parts.length < 2) {
            if (parts != null && !t.equals(term.toString())) term.setEmpty().append(t);
            return;
        }
        term.setEmpty().append(parts[0]);
        for (int i = 1; i < parts.length; i++) following.add(parts[i]);
    }

    /** The syllables as a trie over a–z: {@code TRIE[node][letter]} is the next node, 0 for none. */
    private static final int[][] TRIE;
    /** Whether the path to a node spells a whole syllable. */
    private static final boolean[] WHOLE;

    static {
        List<int[]> nodes = new ArrayList<>();
        List<Boolean> whole = new ArrayList<>();
        nodes.add(new int[26]);
        whole.add(false);
        for (String syllable : SYLLABLES) {
            int at = 0;
            boolean ok = true;
            for (int i = 0; i < syllable.length() && ok; i++) {
                int c = syllable.charAt(i) - 'a';
                if (c < 0 || c >= 26) {
                    ok = false;
                    continue;
                }
                if (nodes.get(at)[c] == 0) {
                    nodes.get(at)[c] = nodes.size();
                    nodes.add(new int[26]);
                    whole.add(false);
                }
                at = nodes.get(at)[c];
            }
            if (ok) whole.set(at, true);
        }
        TRIE = nodes.toArray(new int[0][]);
        WHOLE = new boolean[whole.size()];
        for (int i = 0; i < WHOLE.length; i++) WHOLE[i] = whole.get(i);
    }

    /**
     * The syllables of a token (apostrophes removed, lower case) that reads as pinyin, or null for one that does not:
     * a token that does not split completely, or an English word that does ({@link #ENGLISH}).
     */
    static String[] syllables(String s) {
        if (ENGLISH.contains(s)) return null;
        return split(s);
    }

    /** Whether a token (apostrophes removed, lower case) reads as pinyin: see {@link #syllables(String)}. */
    static boolean readsAsPinyin(String s) {
        return syllables(s) != null;
    }

    /** The fewest-syllable split of {@code s} into pinyin syllables, or null when there is none. */
    static String[] split(String s) {
        int n = s.length();
        if (n == 0 || n > 60) return null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') return null; // digits, capitals left by no filter, other scripts: not pinyin
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) continue;
            int node = 0;
            for (int len = 1; len <= LONGEST && i + len <= n; len++) {
                node = TRIE[node][s.charAt(i + len - 1) - 'a'];
                if (node == 0) break;
                if (WHOLE[node] && best[i] + 1 < best[i + len]) {
                    best[i + len] = best[i] + 1;
                    from[i + len] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) return null;
        String[] out = new String[best[n]];
        for (int end = n, k = out.length - 1; end > 0; end = from[end], k--) out[k] = s.substring(from[end], end);
        return out;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = PinyinSegmentFilter.class.getResourceAsStream("/org/colophon/discovery/" + name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String s : line.strip().split("\\s+")) if (!s.isEmpty()) out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
