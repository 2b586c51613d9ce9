package org.colophon.bench.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The turns' statistics: the median pair, its order-statistic interval, and the verdict they give. */
class TurnStatsTest {
    @Test
    void theIntervalRanksAreTheBinomialOnes() {
        // the usual table of distribution-free confidence intervals for a median at 95 %
        assertEquals(0, TurnStats.rank(5));
        assertEquals(1, TurnStats.rank(6));
        assertEquals(1, TurnStats.rank(8));
        assertEquals(2, TurnStats.rank(9));
        assertEquals(3, TurnStats.rank(12));
        assertEquals(6, TurnStats.rank(20));
    }

    @Test
    void medianIntervalAndPooledComeFromThePairs() {
        // baseline 1,000 records per CPU-second each turn; current at 950, 900, 1,000, 880, 920, 940 and 910
        double[] current = {950, 900, 1000, 880, 920, 940, 910};
        TurnStats s = stats(current, 1000);
        assertEquals(-8.0, s.median(), 1e-9);
        assertArrayEquals(new double[] {-12.0, 0.0}, s.interval(), 1e-9);
        // pooled: all records over all CPU seconds, each side
        assertEquals(100.0 * (7 / sumInverse(current) / 1000 - 1), s.pooled(), 1e-9);
        assertTrue(s.verdict().contains("met by the median, not shown with 95 % confidence"), s.verdict());
    }

    @Test
    void aClearChangeIsJudgedEitherWay() {
        assertTrue(stats(new double[] {960, 970, 955, 965, 975, 950, 962, 958}, 1000)
                .verdict()
                .endsWith(": met"));
        assertTrue(stats(new double[] {860, 870, 855, 865, 875, 850, 862, 858}, 1000)
                .verdict()
                .endsWith(": NOT met"));
        TurnStats few = stats(new double[] {950, 940}, 1000);
        assertNull(few.interval());
        assertTrue(few.verdict().contains("too few turns"), few.verdict());
    }

    private static double sumInverse(double[] perCpu) {
        double s = 0;
        for (double r : perCpu) s += 1 / r;
        return s;
    }

    /** Rows of 1 record each, so records per CPU-second is the inverse of the CPU seconds. */
    private static TurnStats stats(double[] current, double baseline) {
        List<ConvertBenchmark.Row> b = new ArrayList<>();
        List<ConvertBenchmark.Row> c = new ArrayList<>();
        for (double r : current) {
            b.add(row(baseline));
            c.add(row(r));
        }
        return TurnStats.of("ISO 2709", 1, b, c);
    }

    private static ConvertBenchmark.Row row(double perCpuSecond) {
        return new ConvertBenchmark.Row("parse + map + write", "ISO 2709", 1, 1, 100, 1, 1 / perCpuSecond, 0, 0);
    }
}
