package org.colophon.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;

/** Writes the store benchmark's figures as the {@code bench:store} section of a report. */
final class StoreReport {
    static final String START = ReportFile.start("store");
    static final String END = ReportFile.end("store");

    private StoreReport() {}

    static String markdown(
            String command,
            int seeds,
            String loadAverage,
            Throughput ours,
            Throughput loader,
            List<Latency.Figures> latency,
            LoadRun.Figures load,
            List<String> verdicts,
            String serverHeap,
            double warmUpSeconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## Store: import and queries (`colophon-bench store`)\n\n");
        sb.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Probe.machine())
                .append("; load average at the start (1, 5, 15 min): ")
                .append(loadAverage)
                .append(". On a busy machine the figures swing from run to run: compare CPU seconds too.\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(String.format(
                "Input: %,d real records (%d seeds) repeated with unique control numbers, as ISO 2709. Both loads go"
                        + " into an empty TDB2 database in the same run. Our import is `colophon import`'s path (the"
                        + " ingestion core (`Ingest`): it reads, converts on all cores, and loads, with TDB2's bulk loader once a"
                        + " batch passes 200,000 triples, plus the per-record metadata graph); the loader loads the"
                        + " same records' quads, written beforehand to an N-Quads file (not timed), the way"
                        + " `tdb2.tdbloader` does by default (phased loader). Our figure includes conversion; the"
                        + " loader's does not. Both ran once, untimed, on a few thousand records first, so neither"
                        + " pays for warming up code the other already warmed.%n%n",
                ours.records(), seeds));
        sb.append("| load | records | triples | seconds | CPU seconds | records/s | triples/s | heap peak MB |"
                + " live heap after GC MB |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Throughput t : List.of(ours, loader)) {
            sb.append(String.format(
                    "| %s | %,d | %,d | %.1f | %.1f | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                    t.what(),
                    t.records(),
                    t.triples(),
                    t.seconds(),
                    t.cpuSeconds(),
                    t.recordsPerSecond(),
                    t.triplesPerSecond(),
                    t.peakHeapMb(),
                    t.liveHeapMb()));
        }
        sb.append(
                "\nHeap peak: the most heap in use at once (sampled every 20 ms, garbage included); live heap after GC:"
                        + " what the last collection left.\n");
        sb.append(String.format(
                "%nOur import's triples/s ÷ the loader's: %.2f.%n%n",
                ours.triplesPerSecond() / loader.triplesPerSecond()));
        sb.append(String.format(
                "Queries over HTTP (`java.net.http`, one request at a time, from a client JVM of its own) against"
                        + " `colophon serve` running in a JVM of its own (`-Xmx%s`) over the imported store,"
                        + " the way it is deployed. Each kind of request is first sent, untimed, for %.0f s, so"
                        + " that the figures are a warm server's; a slow kind stops after two minutes of timing"
                        + " (20 requests at least). Values (record IRIs, ISBNs, agent labels)"
                        + " are taken from the data; since seeds repeat, an ISBN or a name occurs about once"
                        + " per copy of its seed record, so lookups return many rows.%n%n",
                serverHeap, warmUpSeconds));
        sb.append("| request | requests | p50 ms | p95 ms | p99 ms | mean response bytes | errors |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Latency.Figures f : latency) {
            sb.append(String.format(
                    "| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d |%n",
                    f.kind(), f.requests(), f.p50(), f.p95(), f.p99(), f.meanBytes(), f.errors()));
        }
        sb.append(String.format(
                "%nConcurrent load from a second process (`LoadClient`, a separate JVM on the same machine, so"
                        + " client and server share the cores): %d client threads sending the mix above in turn for"
                        + " %.0f s: **%,.1f requests/s**, %,d requests, %d errors.%n%n",
                load.clients(), load.seconds(), load.requestsPerSecond(), load.requests(), load.errors()));
        sb.append(String.format(
                "Peak resident memory of the benchmark process (both loads and the client; not the server): %,.0f MB.%n%n",
                Probe.peakRssMb()));
        sb.append("Targets (issue 3):\n\n");
        for (String v : verdicts) sb.append("- ").append(v).append('\n');
        sb.append('\n').append(END).append('\n');
        return sb.toString();
    }

    /** Replaces this benchmark's section of the report, or appends it. */
    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
