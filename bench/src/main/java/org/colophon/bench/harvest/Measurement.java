package org.colophon.bench.harvest;

/**
 * One timed run.
 *
 * @param records records delivered
 * @param nanos wall time
 * @param heapPeakBytes the most heap in use at once (sum of the heap pools' peaks), or -1 when not measured
 */
record Measurement(long records, long nanos, long heapPeakBytes) {
    double recordsPerSecond() {
        return records / (nanos / 1e9);
    }

    double seconds() {
        return nanos / 1e9;
    }
}
