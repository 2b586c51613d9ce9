package org.colophon.bench.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;

/** Writes the convert benchmark's figures as the {@code bench:convert} section of a report, keeping the others. */
final class ConvertReport {
    static final String START = ReportFile.start("convert");
    static final String END = ReportFile.end("convert");

    static String markdown(
            String command, List<ConvertBenchmark.Row> rows, PeerRun.Result peer, List<String> verdicts) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## Conversion (`colophon-bench convert`)\n\n");
        sb.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Probe.machine())
                .append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(
                "Input: real records (the seed files) repeated with unique control numbers; output N-Triples to a counting sink."
                        + " Parse + write encodes, for each record, the triples its seed converts to (made beforehand)"
                        + " with our N-Triples encoder; parse + map + write is `colophon convert --to ntriples`'s own"
                        + " path (`ConversionRun`, each worker mapping and encoding its records with the same"
                        + " encoder).\n\n");
        sb.append(
                "| stage | input | threads | records | triples | records/s | triples/s | records per CPU-second | heap peak MB | live heap after GC MB |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ConvertBenchmark.Row r : rows) {
            sb.append(String.format(
                    "| %s | %s | %d | %,d | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                    r.stage(),
                    r.format(),
                    r.threads(),
                    r.records(),
                    r.triples(),
                    r.recordsPerSecond(),
                    r.triplesPerSecond(),
                    r.recordsPerCpuSecond(),
                    r.peakHeapMb(),
                    r.liveHeapMb()));
        }
        if (peer != null) {
            sb.append(String.format(
                    "| marc2bibframe2 (xsltproc) | MARCXML | 1 | %,d | | %,.0f | | %,.0f | | |%n",
                    peer.records(), peer.recordsPerSecond(), peer.recordsPerCpuSecond()));
        }
        sb.append(String.format("%nPeak resident memory of the benchmark process: %,.0f MB.%n%n", Probe.peakRssMb()));
        if (!verdicts.isEmpty()) {
            sb.append("Targets (issue 2):\n\n");
            for (String v : verdicts) sb.append("- ").append(v).append('\n');
            sb.append('\n');
        }
        sb.append(END).append('\n');
        return sb.toString();
    }

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
