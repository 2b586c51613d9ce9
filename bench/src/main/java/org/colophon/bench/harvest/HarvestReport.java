package org.colophon.bench.harvest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.bench.ReportFile;

/** The rows of the harvest benchmark, as a table for the console and the {@code bench:harvest} section. */
final class HarvestReport {
    static final String OPEN = ReportFile.start("harvest");
    static final String CLOSE = ReportFile.end("harvest");

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

    /** The section, markers included, around the text {@link HarvestSection} wrote. */
    static String section(String text) {
        return OPEN + "\n" + text.strip() + "\n\n" + CLOSE + "\n";
    }

    /** Replaces this benchmark's section of the report, or appends it. */
    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, OPEN, CLOSE, section);
    }
}
