package org.colophon.harvester.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the benchmark, as a console table and as the {@code bench:harvest} section of docs/benchmarks.md. */
final class BenchReport {
    static final String OPEN = "<!-- bench:harvest -->";
    static final String CLOSE = "<!-- /bench:harvest -->";

    /** One line of the table; {@code baseline} is the provider's own rate in the same scenario. */
    record Row(String scenario, String what, Measurement m, double baseline) {
        String overhead() {
            if (baseline <= 0) return "";
            return String.format(Locale.ROOT, "%+.1f %%", (baseline / m.recordsPerSecond() - 1) * 100);
        }

        String heap() {
            return m.heapPeakBytes() < 0 ? "" : String.valueOf(m.heapPeakBytes() / (1024 * 1024));
        }
    }

    final List<Row> rows = new ArrayList<>();

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(
                "| sources × records | what | records | seconds | records/s | time over the provider alone | heap peak MB |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d | %.1f | %,.0f | %s | %s |%n",
                    r.scenario(),
                    r.what(),
                    r.m().records(),
                    r.m().seconds(),
                    r.m().recordsPerSecond(),
                    r.overhead(),
                    r.heap()));
        }
        return sb.toString();
    }

    /** Replaces the section between the markers, or appends it when the file has none. */
    static void write(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = OPEN + "\n" + section.strip() + "\n\n" + CLOSE + "\n";
        int open = text.indexOf(OPEN);
        int close = text.indexOf(CLOSE);
        String out;
        if (open >= 0 && close > open) {
            out = text.substring(0, open)
                    + block
                    + text.substring(close + CLOSE.length()).replaceFirst("^\n", "");
        } else {
            out = text.stripTrailing() + "\n\n" + block;
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
