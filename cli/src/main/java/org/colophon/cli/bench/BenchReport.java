package org.colophon.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes the convert benchmark's figures as a section of docs/benchmarks.md, keeping the file's other sections. */
final class BenchReport {
    static final String START = "<!-- bench:convert -->";
    static final String END = "<!-- /bench:convert -->";

    static String markdown(
            String command, List<ConvertBenchmark.Row> rows, PeerRun.Result peer, List<String> verdicts) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## Conversion (`colophon bench convert`)\n\n");
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
        writeSection(file, START, END, section);
    }

    /**
     * Replaces the section between {@code start} and {@code end} in a benchmarks file, or appends it; every other
     * section (each benchmark command owns one) stays as it was.
     */
    static void writeSection(Path file, String start, String end, String section) throws IOException {
        String old = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nFigures written by the benchmark commands; each section says how it was made.\n\n";
        int s = old.indexOf(start);
        int e = old.indexOf(end);
        String updated;
        if (s >= 0 && e > s) {
            int after = e + end.length();
            if (after < old.length() && old.charAt(after) == '\n') after++;
            updated = old.substring(0, s) + section + old.substring(after);
        } else {
            updated = old + (old.endsWith("\n\n") || old.isEmpty() ? "" : old.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
