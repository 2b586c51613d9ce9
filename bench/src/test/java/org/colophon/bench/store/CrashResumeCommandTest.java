package org.colophon.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.BenchRun;
import org.colophon.bench.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench crash-resume} at a small size: Beijing Normal University's records repeated to 2,000, imported
 * by the real {@code colophon.jar} once, and killed once and run again: both stores hold the same records.
 */
class CrashResumeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledAndResumedImportHoldsWhatTheImportRunOnceHolds() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("report.md");
        BenchRun run = BenchRun.of(
                "crash-resume",
                "--records",
                "2000",
                "--cycles",
                "1",
                "--heap",
                "512m",
                "--seeds",
                seeds.toString(),
                "--cli",
                Home.colophonJar().toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        // per case: the run once, then the run killed and run again; the second case's store also holds 400 others
        Matcher rows = Pattern.compile("\\| (once|killed 1×, run again) \\| ([0-9,]+) \\| ([0-9,]+) \\|")
                .matcher(md);
        String[] expected = {"2,000", "2,000", "2,400", "2,400"};
        String[] triples = new String[4];
        for (int i = 0; i < 4; i++) {
            assertTrue(rows.find(), "row " + i + " missing\n" + md);
            assertEquals(expected[i], rows.group(2), md);
            triples[i] = rows.group(3);
        }
        assertEquals(triples[0], triples[1], "killed and run again ends with the triples of the run once\n" + md);
        assertEquals(triples[2], triples[3], md);
        assertTrue(md.contains("**synthetic**"), md);
        assertTrue(run.out().contains("first import into an empty store: once 2,000 records"), run.out());
    }
}
