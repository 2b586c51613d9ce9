package org.colophon.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options every benchmark command shares, as a picocli mixin: where to work and where the figures go. A benchmark
 * writes its own report file unless told otherwise, never the project's docs by default.
 */
public final class BenchFiles {
    /** The report a benchmark writes when no {@code --report} is given: in the working directory. */
    public static final String DEFAULT_REPORT = "bench-report.md";

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Markdown file to write the figures to; only this benchmark's section is replaced"
                    + " (default: ${DEFAULT-VALUE}; --report docs/benchmarks.md updates the docs; '-' for none).")
    String report = DEFAULT_REPORT;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Where to write generated inputs and stores (default: a temporary directory, removed after).")
    Path work;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    /** True when no {@code --work} was given, so the directory is the benchmark's own to delete. */
    public boolean temporary() {
        return work == null;
    }

    /** The {@code --work} directory, made if needed, or a new temporary one. */
    public Path workDir(String prefix) throws IOException {
        return work != null ? Files.createDirectories(work) : Files.createTempDirectory(prefix);
    }

    /** The report file, or null for {@code --report -}. */
    public Path reportFile() {
        return report.equals("-") ? null : Path.of(report);
    }

    /** Prints a line of progress at once. */
    public static Consumer<String> log(PrintWriter out) {
        return line -> {
            out.println(line);
            out.flush();
        };
    }

    /** Writes a section of figures to the report (unless it is {@code -}) and says where. */
    public void report(PrintWriter out, SectionWriter writer, String section) throws IOException {
        Path file = reportFile();
        if (file == null) return;
        writer.write(file, section);
        out.println("figures written to " + file);
        out.flush();
    }

    /** Replaces a benchmark's section in a report file. */
    public interface SectionWriter {
        void write(Path file, String section) throws IOException;
    }
}
