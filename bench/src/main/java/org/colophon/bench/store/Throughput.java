package org.colophon.bench.store;

/** One measured load into a store: how much went in, how long it took, how much heap it used at most. */
record Throughput(
        String what,
        long records,
        long triples,
        double seconds,
        double cpuSeconds,
        double peakHeapMb,
        double liveHeapMb) {
    double recordsPerSecond() {
        return records / seconds;
    }

    double triplesPerSecond() {
        return triples / seconds;
    }

    String line() {
        return String.format(
                "%-45s %,9d rec  %,11d triples  %7.1f s  %7.1f cpu-s  %,8.0f rec/s  %,9.0f triples/s  heap peak %,5.0f MB",
                what, records, triples, seconds, cpuSeconds, recordsPerSecond(), triplesPerSecond(), peakHeapMb);
    }
}
