package org.colophon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage errors end in one line and exit 2, as {@code colophon}'s do; a benchmark's own report is the default. */
class MainTest {
    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        for (List<String> args : List.of(
                List.<String>of(),
                List.of("nosuch"),
                List.of("convert", "--too"),
                List.of("convert", "--records", "abc"),
                List.of("store", "--records", "0"),
                List.of("store", "--seeds", "no-such-seed-file.xml"))) {
            BenchRun run = BenchRun.of(args.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, run.code(), args + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), args + ": " + run.err());
            assertTrue(run.err().startsWith("colophon-bench: "), args + ": " + run.err());
            assertEquals("", run.out(), args + ": " + run.out());
        }
    }

    @Test
    void reportsGoToTheirOwnFileUnlessToldOtherwise() {
        BenchRun help = BenchRun.of("convert", "--help");
        assertEquals(0, help.code());
        // picocli wraps the help text anywhere, so compare without white space
        assertTrue(help.out().replaceAll("\\s+", "").contains("(default:bench-report.md;"), help.out());
        assertEquals("bench-report.md", BenchFiles.DEFAULT_REPORT);
    }
}
