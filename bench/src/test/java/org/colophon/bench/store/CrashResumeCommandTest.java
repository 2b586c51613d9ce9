package org.colophon.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.BenchRun;
import org.colophon.bench.SeededRun;
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
        SeededRun seeded = SeededRun.of(tmp, "crash-resume", "--records", "2000", "--cycles", "1", "--heap", "512m");
        BenchRun run = seeded.run();
        String md = seeded.report();
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
