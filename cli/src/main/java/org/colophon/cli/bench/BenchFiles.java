package org.colophon.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.cli.Main;
import picocli.CommandLine.Option;

/**
 * The options every benchmark command shares, as a picocli mixin: the seed records, where to work, and where the
 * figures go.
 */
public final class BenchFiles {
    @Option(
            names = "--seeds",
            split = ",",
            paramLabel = "FILE",
            description =
                    "Real records to repeat (default: samples/ and, when present, ../shared/corpus/marc21/marc2bibframe2/dataset/).")
    List<Path> seeds;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Markdown file to write the figures to (default: docs/benchmarks.md; '-' for none).")
    String report = "docs/benchmarks.md";

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Where to write generated inputs and stores (default: a temporary directory).")
    Path work;

    /** The seed files given, or the default ones; each must be readable. */
    public List<Path> seedFiles() throws IOException {
        List<Path> files = seeds != null ? seeds : BenchInput.defaultSeeds();
        for (Path f : files) if (!Files.isReadable(f)) throw new Main.UserError("cannot read seed file " + f);
        return files;
    }

    /** True when no {@code --work} was given, so the directory is the benchmark's own to delete. */
    public boolean temporary() {
        return work == null;
    }

    /** The {@code --work} directory, made if needed, or a new temporary one. */
    public Path workDir(String prefix) throws IOException {
        return work != null ? Files.createDirectories(work) : Files.createTempDirectory(prefix);
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
        if (report.equals("-")) return;
        writer.write(Path.of(report), section);
        out.println("figures written to " + report);
    }

    /** Replaces a benchmark's section in a report file. */
    public interface SectionWriter {
        void write(Path file, String section) throws IOException;
    }
}
