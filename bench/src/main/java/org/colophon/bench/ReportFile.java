package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Markdown report that several benchmarks write into, each its own section between two HTML comments
 * ({@code <!-- bench:NAME -->} … {@code <!-- /bench:NAME -->}); writing one section leaves every other as it was.
 */
public final class ReportFile {
    private ReportFile() {}

    /** The opening marker of a benchmark's section. */
    public static String start(String name) {
        return "<!-- bench:" + name + " -->";
    }

    /** The closing marker of a benchmark's section. */
    public static String end(String name) {
        return "<!-- /bench:" + name + " -->";
    }

    /**
     * Replaces the section between {@code start} and {@code end} in a report file, or appends it (creating the file
     * when there is none); every other section stays as it was. {@code section} includes both markers.
     */
    public static void writeSection(Path file, String start, String end, String section) throws IOException {
        String old = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nFigures written by `colophon-bench`; each section says how it was made.\n\n";
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
