package org.colophon.authority.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which slots (small ints standing for authorities) each term occurs in, and the query-time count of how many of a
 * query's terms each slot shares, done over plain int arrays: at 100,000 authorities a query touches thousands of
 * postings, and boxing each into a map of strings cost more than the scoring it feeds. Not thread-safe for writers;
 * readers may {@link #count} concurrently (each thread counts in a scratch array of its own) while no writer runs.
 */
public final class TermPostings {
    private final Map<String, Ints> byTerm = new HashMap<>();
    private int capacity;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Makes room for slots below {@code n}. */
    public void capacity(int n) {
        capacity = Math.max(capacity, n);
    }

    public void add(String term, int slot) {
        byTerm.computeIfAbsent(term, k -> new Ints()).add(slot);
    }

    public void remove(String term, int slot) {
        Ints p = byTerm.get(term);
        if (p != null && p.remove(slot) && p.n == 0) byTerm.remove(term);
    }

    /** How many slots a term occurs in. */
    public int size(String term) {
        Ints p = byTerm.get(term);
        return p == null ? 0 : p.n;
    }

    /**
     * The slots sharing the most with a query: each slot counts one per term (of {@code terms}) it occurs in, plus
     * {@code boost} per slot of {@code boosted} (the authorities an identifier of the query names). A term in more
     * than {@code common} slots is skipped when the query has a rarer one. The slots with the highest count are all
     * kept, at most {@code 4 × pool}; then those with lower counts, highest first, until {@code pool}. Ties keep
     * posting order. Only slots {@code allowed} accepts are counted.
     */
    public int[] top(Collection<String> terms, int[] boosted, int boost, int common, int pool, IntPredicate allowed) {
        Scratch s = SCRATCH.get();
        s.ensure(capacity);
        int[] counts = s.counts;
        s.touched = 0;
        try {
            for (int slot : boosted) bump(s, slot, boost, allowed);
            List<Ints> postings = new ArrayList<>(terms.size());
            boolean rare = false;
            for (String t : terms) {
                Ints p = byTerm.get(t);
                if (p == null) continue;
                postings.add(p);
                if (p.n <= common) rare = true;
            }
            for (Ints p : postings) {
                if (rare && p.n > common) continue;
                for (int i = 0; i < p.n; i++) bump(s, p.a[i], 1, allowed);
            }
            if (s.touched == 0) return new int[0];
            int max = 0;
            for (int i = 0; i < s.touched; i++) max = Math.max(max, counts[s.list[i]]);
            if (max == 0) return new int[0];
            // how many slots there are at each count, then how many of each count to take
            int[] hist = new int[max + 1];
            for (int i = 0; i < s.touched; i++) {
                int c = counts[s.list[i]];
                if (c > 0) hist[c]++;
            }
            int[] take = new int[max + 1];
            int taken = 0;
            for (int c = max; c > 0; c--) {
                if (hist[c] == 0) continue;
                int room = taken == 0 ? 4 * pool : pool - taken;
                if (room <= 0) break;
                take[c] = Math.min(room, hist[c]);
                taken += take[c];
            }
            int[] out = new int[taken];
            int k = 0;
            for (int i = 0; i < s.touched && k < taken; i++) {
                int slot = s.list[i];
                int c = counts[slot];
                if (c > 0 && take[c] > 0) {
                    take[c]--;
                    out[k++] = slot;
                }
            }
            return out;
        } finally {
            for (int i = 0; i < s.touched; i++) counts[s.list[i]] = 0;
            s.touched = 0;
        }
    }

    /** Counts a slot; a slot {@code allowed} refuses is marked -infinity once so it is not asked again. */
    private static void bump(Scratch s, int slot, int by, IntPredicate allowed) {
        int c = s.counts[slot];
        if (c < 0) return;
        if (c == 0) {
            s.push(slot);
            if (!allowed.test(slot)) {
                s.counts[slot] = Integer.MIN_VALUE;
                return;
            }
        }
        s.counts[slot] = c + by;
    }

    /** A growable list of slots, in the order they were added (removal swaps the last one in). */
    private static final class Ints {
        int[] a = new int[4];
        int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        boolean remove(int v) {
            for (int i = 0; i < n; i++) {
                if (a[i] == v) {
                    a[i] = a[--n];
                    return true;
                }
            }
            return false;
        }
    }

    /** One thread's counts, indexed by slot, and the slots it has touched. */
    private static final class Scratch {
        int[] counts = new int[0];
        int[] list = new int[256];
        int touched;

        void ensure(int n) {
            if (counts.length < n) counts = new int[Math.max(n, counts.length * 2)];
        }

        void push(int slot) {
            if (touched == list.length) list = Arrays.copyOf(list, touched * 2);
            list[touched++] = slot;
        }
    }
}
