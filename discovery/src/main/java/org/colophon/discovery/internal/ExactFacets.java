package org.colophon.discovery.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.colophon.discovery.Facets;
import org.colophon.discovery.SearchResult;

/**
 * Exact facet counts of every match of a query, counted in one pass straight from each segment's facet ordinals (no
 * list of matches kept for a second pass), each segment in the thread that searched it.
 *
 * <p>A segment where more than half the live documents match is counted the other way round: the counts of all its live
 * documents, made once per committed state ({@link #totals}), less those of the live documents that do not match. A
 * filter most records pass ({@code type:Print}) then costs a look at the few that fail it, not a read of every match's
 * values. The counts are the same either way; {@code ExactFacetsTest} checks them against Lucene's own counting.
 */
final class ExactFacets {
    private ExactFacets() {}

    /** The facet ordinals of one committed state and every live document's count of each. */
    static final class Totals {
        final SortedSetDocValuesReaderState state;
        /** Segment ordinal → global one; null when the reader has one segment (the ordinals are the same). */
        private final OrdinalMap map;
        /** Per segment (by its ord in the reader), each segment ordinal's count over the live documents. */
        private final int[][] leaves;
        /** Each global ordinal's count over the live documents. */
        final int[] all;

        private Totals(SortedSetDocValuesReaderState state, OrdinalMap map, int[][] leaves, int[] all) {
            this.state = state;
            this.map = map;
            this.leaves = leaves;
            this.all = all;
        }

        LongValues globalOrds(int leaf) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
        }
    }

    /** One pass over every live document of {@code reader}: the counts the other-way-round counting starts from. */
    static Totals totals(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues top = state.getDocValues();
        OrdinalMap map = top instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] perLeaf = new int[leaves.size()][];
        int[] all = new int[state.getSize()];
        Totals t = new Totals(state, map, perLeaf, all);
        for (LeafReaderContext leaf : leaves) {
            LeafReader r = leaf.reader();
            SortedSetDocValues dv = DocValues.getSortedSet(r, state.getField());
            int[] counts = new int[(int) dv.getValueCount()];
            Bits live = r.getLiveDocs();
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                for (int i = dv.docValueCount(); i > 0; i--) counts[(int) dv.nextOrd()]++;
            }
            perLeaf[leaf.ord] = counts;
            LongValues global = t.globalOrds(leaf.ord);
            for (int o = 0; o < counts.length; o++) if (counts[o] != 0) all[(int) global.get(o)] += counts[o];
        }
        return t;
    }

    /** How many documents matched, and each global ordinal's count over them. */
    record Result(long total, int[] counts) {}

    /** Counts the matches of a search; with an executor, each slice of segments counts its own. */
    static CollectorManager<Counter, Result> manager(Totals totals) {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(totals);
            }

            @Override
            public Result reduce(Collection<Counter> collectors) {
                int[] counts = new int[totals.state.getSize()];
                long total = 0;
                for (Counter c : collectors) {
                    total += c.total;
                    for (int o = 0; o < counts.length; o++) counts[o] += c.counts[o];
                }
                return new Result(total, counts);
            }
        };
    }

    /** A segment ordinal count array per thread, cleared after each segment, grown when a segment needs more. */
    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[0]);

    static final class Counter implements Collector {
        private final Totals totals;
        final int[] counts;
        long total;

        Counter(Totals totals) {
            this.totals = totals;
            this.counts = new int[totals.state.getSize()];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) {
            FixedBitSet matches = new FixedBitSet(leaf.reader().maxDoc());
            return new LeafCollector() {
                private int n;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    matches.set(doc);
                    n++;
                }

                @Override
                public void finish() throws IOException {
                    total += n;
                    if (n > 0) count(leaf, matches, n);
                }
            };
        }

        private void count(LeafReaderContext leaf, FixedBitSet matches, int n) throws IOException {
            LeafReader r = leaf.reader();
            SortedSetDocValues dv = DocValues.getSortedSet(r, totals.state.getField());
            int values = (int) dv.getValueCount();
            if (values == 0) return;
            LongValues global = totals.globalOrds(leaf.ord);
            int maxDoc = r.maxDoc();
            if (n > r.numDocs() / 2) {
                // most live documents match: their counts are those of every live document less the others'
                int[] seg = scratch(values);
                Bits live = r.getLiveDocs();
                matches.flip(0, maxDoc);
                for (int doc = nextSetBit(matches, 0);
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = nextSetBit(matches, doc + 1)) {
                    if (live != null && !live.get(doc)) continue;
                    if (dv.advanceExact(doc)) for (int i = dv.docValueCount(); i > 0; i--) seg[(int) dv.nextOrd()]--;
                }
                int[] all = totals.leaves[leaf.ord];
                for (int o = 0; o < values; o++) {
                    int c = all[o] + seg[o];
                    seg[o] = 0;
                    if (c != 0) counts[(int) global.get(o)] += c;
                }
            } else if (n < values / 10) {
                // few matches among many values: straight into the global counts, not through every segment value
                for (int doc = nextSetBit(matches, 0);
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = nextSetBit(matches, doc + 1))
                    if (dv.advanceExact(doc))
                        for (int i = dv.docValueCount(); i > 0; i--) counts[(int) global.get(dv.nextOrd())]++;
            } else {
                int[] seg = scratch(values);
                for (int doc = nextSetBit(matches, 0);
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = nextSetBit(matches, doc + 1))
                    if (dv.advanceExact(doc)) for (int i = dv.docValueCount(); i > 0; i--) seg[(int) dv.nextOrd()]++;
                for (int o = 0; o < values; o++) {
                    int c = seg[o];
                    if (c == 0) continue;
                    seg[o] = 0;
                    counts[(int) global.get(o)] += c;
                }
            }
        }

        private static int nextSetBit(FixedBitSet bits, int from) {
            return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
        }

        /** This thread's scratch array, all zeros, at least {@code size} long. */
        private static int[] scratch(int size) {
            int[] s = SCRATCH.get();
            if (s.length < size) {
                s = new int[Math.max(size, s.length * 2)];
                SCRATCH.set(s);
            }
            return s;
        }
    }

    /**
     * The top {@code max} values of each dimension, most counted first and, at equal counts, in the order of their
     * labels: as Lucene's {@code SortedSetDocValuesFacetCounts.getTopChildren} gives them.
     */
    static Map<String, List<SearchResult.FacetValue>> top(SortedSetDocValuesReaderState state, int[] counts, int max)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValues labels = state.getDocValues();
        for (String dim : Facets.DIMENSIONS) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (range != null) {
                // the least of the kept values on top: a smaller count, or at the same count the larger ordinal
                PriorityQueue<int[]> q = new PriorityQueue<>(
                        max + 1, (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
                for (int o = range.start; o <= range.end; o++) {
                    int c = counts[o];
                    if (c <= 0) continue;
                    if (q.size() < max) q.add(new int[] {o, c});
                    else {
                        int[] least = q.peek();
                        if (c > least[1] || (c == least[1] && o < least[0])) {
                            q.poll();
                            q.add(new int[] {o, c});
                        }
                    }
                }
                int[][] kept = q.toArray(new int[0][]);
                Arrays.sort(kept, (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
                for (int[] k : kept) {
                    String[] path =
                            FacetsConfig.stringToPath(labels.lookupOrd(k[0]).utf8ToString());
                    values.add(new SearchResult.FacetValue(path[path.length - 1], k[1]));
                }
            }
            out.put(dim, values);
        }
        return out;
    }
}
