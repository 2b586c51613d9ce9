package org.colophon.bench.convert;

import java.time.LocalDate;
import java.util.List;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;

/**
 * One convert benchmark's section of the report, for both of them ({@link ConvertReport}, {@link UnimarcBench}): the
 * markers, heading, machine and command, then paragraphs, tables of figures and lists of targets, in the order they
 * are added.
 */
final class ConvertSection {
    private final StringBuilder sb = new StringBuilder();
    private final String end;

    ConvertSection(String name, String heading, String command) {
        end = ReportFile.end(name);
        sb.append(ReportFile.start(name)).append('\n');
        sb.append(heading).append("\n\n");
        sb.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Probe.machine())
                .append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
    }

    ConvertSection paragraph(String text) {
        sb.append(text).append("\n\n");
        return this;
    }

    /** Starts a table: the first {@code textColumns} columns are names (left-aligned), the others figures. */
    Table table(int textColumns, String... headers) {
        line(headers);
        String[] rule = new String[headers.length];
        for (int i = 0; i < rule.length; i++) rule[i] = i < textColumns ? "---" : "---:";
        sb.append('|').append(String.join("|", rule)).append("|\n");
        return new Table(headers.length);
    }

    /** A list under a title, or nothing when there is nothing in it. */
    ConvertSection list(String title, List<String> items) {
        if (items.isEmpty()) return this;
        sb.append(title).append("\n\n");
        for (String v : items) sb.append("- ").append(v).append('\n');
        sb.append('\n');
        return this;
    }

    /** The section, with its end marker. */
    String end() {
        return sb.append(end).append('\n').toString();
    }

    private void line(String... cells) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** The rows of a table; {@link #done} goes back to the section. */
    final class Table {
        private final int columns;

        private Table(int columns) {
            this.columns = columns;
        }

        Table row(String... cells) {
            if (cells.length != columns)
                throw new IllegalArgumentException(cells.length + " cells in a table of " + columns + " columns");
            line(cells);
            return this;
        }

        ConvertSection done() {
            sb.append('\n');
            return ConvertSection.this;
        }
    }

    /** A count with thousands separators: {@code 20,000}. */
    static String count(long n) {
        return String.format("%,d", n);
    }

    /** A figure to whole units with thousands separators: {@code 6,780}. */
    static String whole(double x) {
        return String.format("%,.0f", x);
    }

    /** A figure to {@code digits} decimals: {@code 67.7}. */
    static String decimals(double x, int digits) {
        return String.format("%." + digits + "f", x);
    }
}
