package org.colophon.bench.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Current rules against baseline rules over many turns on the same input: each turn's pair (run back to back) gives
 * one change in records per CPU-second, so a burst of load on the machine spoils one pair, not the figure. The
 * verdict takes the median pair and a distribution-free 95 % interval for it (order statistics of the binomial), so a
 * shared machine's scatter shows as a wide interval instead of a wrong answer.
 */
record TurnStats(String format, long records, List<Double> changes, double pooled, long baselineTriples, long triples) {

    static TurnStats of(
            String format, long records, List<ConvertBenchmark.Row> baseline, List<ConvertBenchmark.Row> current) {
        if (baseline.size() != current.size() || baseline.isEmpty())
            throw new IllegalArgumentException("one baseline run per current run");
        List<Double> changes = new ArrayList<>();
        double bRecords = 0, bCpu = 0, cRecords = 0, cCpu = 0;
        for (int i = 0; i < baseline.size(); i++) {
            ConvertBenchmark.Row b = baseline.get(i);
            ConvertBenchmark.Row c = current.get(i);
            changes.add(100.0 * (c.recordsPerCpuSecond() / b.recordsPerCpuSecond() - 1));
            bRecords += b.records();
            bCpu += b.cpu();
            cRecords += c.records();
            cCpu += c.cpu();
        }
        double pooled = 100.0 * ((cRecords / cCpu) / (bRecords / bCpu) - 1);
        return new TurnStats(
                format,
                records,
                changes,
                pooled,
                baseline.get(0).triples(),
                current.get(0).triples());
    }

    double median() {
        List<Double> s = sorted();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /**
     * The 1-based rank k such that the k-th smallest and k-th largest changes bound the median with at least 95 %
     * confidence: the largest k with P(X < k) <= 2.5 % for X ~ Binomial(n, 1/2); 0 when n is too small for any.
     */
    static int rank(int n) {
        double below = 0;
        int k = 0;
        for (int j = 0; j <= n; j++) {
            below += binomial(n, j) / Math.pow(2, n);
            if (below > 0.025) break;
            k = j + 1;
        }
        return k;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }

    /** The 95 % interval of the median change, or null with too few turns (fewer than 6). */
    double[] interval() {
        int k = rank(changes.size());
        if (k < 1) return null;
        List<Double> s = sorted();
        return new double[] {s.get(k - 1), s.get(s.size() - k)};
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(changes);
        Collections.sort(s);
        return s;
    }

    String verdict() {
        double[] ci = interval();
        double median = median();
        String judged = ci == null
                ? (median >= -10 ? "met (too few turns for an interval)" : "NOT met (too few turns for an interval)")
                : ci[0] >= -10
                        ? "met"
                        : ci[1] < -10
                                ? "NOT met"
                                : median >= -10
                                        ? "met by the median, not shown with" + " 95 % confidence"
                                        : "NOT met by the median, not shown either way with 95 % confidence";
        return String.format(
                "%s, %,d records, one thread, %d turns: current rules %+.1f %% records per CPU-second against the"
                        + " baseline rules, median of the turns%s (pairs %+.1f to %+.1f %%, pooled %+.1f %%; %,d against"
                        + " %,d triples) (target: no more than 10 %% slower): %s",
                format,
                records,
                changes.size(),
                median,
                ci == null ? "" : String.format(" (95 %% interval %+.1f to %+.1f %%)", ci[0], ci[1]),
                sorted().get(0),
                sorted().get(changes.size() - 1),
                pooled,
                triples,
                baselineTriples,
                judged);
    }
}
