package org.colophon.bench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.colophon.bench.ReportFile;

/** Writes the scale benchmark's figures as the {@code bench:scale} section of a report. */
final class ScaleReport {
    static final String START = ReportFile.start("scale");
    static final String END = ReportFile.end("scale");
    /** The national collection the plan sizes for (the National Library of China's metadata records). */
    static final long NATIONAL = 280_000_000L;

    private ScaleReport() {}

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }

    static String markdown(String command, ScaleBench.Figures f) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## Scale: a million records through the user's commands (`colophon-bench scale`)\n\n");
        sb.append(f.machine().line()).append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        long n = f.importRun().records();
        sb.append(format(
                "Input: %,d records, **synthetic**: %d real seed records repeated with unique control numbers, one"
                        + " ISO 2709 file of %,.0f MB. Each step is the real `colophon` command in a cold JVM of its"
                        + " own (`-Xmx%s`), timed from process start to exit; CPU from bash's `time`; heap from the"
                        + " JVM's GC log (peak = fullest heap before a collection; live = after it, first vs second"
                        + " half of the run: equal means flat memory).\n\n",
                f.convert().records(), f.seeds(), f.inputBytes() / 1e6, f.serverHeap()));
        sb.append(
                "| step | records | triples | time | CPU | records/s | triples/s | heap peak | live 1st / 2nd half |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScaleBench.Step s : new ScaleBench.Step[] {f.convert(), f.importRun()}) {
            sb.append(format(
                    "| `%s` | %,d | %,d | %,.0f s | %,.0f s | %,.0f | %,.0f | %,.0f MB | %,.0f / %,.0f MB |\n",
                    s.what(),
                    s.records(),
                    s.triples(),
                    s.run().seconds(),
                    s.run().cpuSeconds(),
                    s.recordsPerSecond(),
                    s.triplesPerSecond(),
                    s.run().heap().peakMb(),
                    s.run().heap().maxLiveFirstHalfMb(),
                    s.run().heap().maxLiveSecondHalfMb()));
        }
        sb.append(format(
                "\n`colophon convert --to nquads` wrote %,.0f MB. After the import the data directory holds"
                        + " (apparent file sizes):\n\n",
                f.convertOutputBytes() / 1e6));
        sb.append("| part | size | per record |\n|---|---:|---:|\n");
        for (Map.Entry<String, Long> e : f.disk().entrySet()) {
            sb.append(format(
                    "| %s | %,.0f MB | %,.1f KB |\n",
                    e.getKey().equals("total") ? "**total**" : "`" + e.getKey() + "/`",
                    e.getValue() / 1e6,
                    n == 0 ? 0 : e.getValue() / 1e3 / n));
        }
        sb.append(format(
                "\nThen `colophon serve` (its own JVM, `-Xmx%s`) over that data directory, warmed up, each kind of"
                        + " request timed from a second process, one at a time (a kind whose requests take seconds"
                        + " stops after two minutes of timing, 20 requests at least; the requests column says how"
                        + " many). p50/p95/p99 in ms:\n\n",
                f.serverHeap()));
        sb.append("| request | requests | errors | p50 | p95 | p99 |\n|---|---:|---:|---:|---:|---:|\n");
        for (Latency.Figures l : f.latency()) {
            sb.append(format(
                    "| %s | %d | %d | %.2f ms | %.2f ms | %.2f ms |\n",
                    l.kind(), l.requests(), l.errors(), l.p50(), l.p95(), l.p99()));
        }
        double perRecord = n == 0 ? 0 : f.disk().get("total") / (double) n;
        sb.append(format(
                "\nStraight-line extrapolation to %,d records (a floor, not a promise: B+tree inserts slow as the"
                        + " indexes outgrow the page cache): `colophon import` %,.0f hours at this rate, %,.1f TB of"
                        + " data directory. See docs/scale.md for the sizing table.\n",
                NATIONAL, NATIONAL / f.importRun().recordsPerSecond() / 3600, perRecord * NATIONAL / 1e12));
        sb.append(END).append('\n');
        return sb.toString();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
