package org.colophon.bench.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.bench.BenchRun;
import org.colophon.bench.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench harvest} at a small size: both scenarios, every row, the real {@code colophon harvest} (the
 * checkout's cli/target/colophon.jar, which the reactor builds before this module), and only its own section written.
 */
class HarvestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everyRowOfBothScenariosIsMeasuredAndOnlyTheHarvestSectionIsWritten() throws Exception {
        Path report = tmp.resolve("report.md");
        String store = "<!-- bench:store -->\nkept as it was\n<!-- /bench:store -->\n";
        Files.writeString(report, "# Benchmarks\n\n" + store, StandardCharsets.UTF_8);
        BenchRun run = BenchRun.of(
                "harvest",
                "--records",
                "300",
                "--sources",
                "2",
                "--per-source",
                "150",
                "--page-size",
                "50",
                "--cli",
                Home.colophonJar().toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(md.contains(store), md);
        assertTrue(md.contains("## Harvesting (`colophon-bench harvest`)"), md);
        for (String scenario : new String[] {"1 × 300", "2 × 150"}) {
            for (String what : new String[] {
                "provider alone: plain client, no parsing",
                "Harvester, counting sink",
                "Harvester + raw store",
                "`colophon harvest`: harvest + convert + load (TDB2)"
            }) {
                assertTrue(md.contains("| " + scenario + " | " + what + " | 300 |"), scenario + " " + what + "\n" + md);
            }
        }
        assertTrue(md.contains("Command: `colophon-bench harvest --records 300 --sources 2 --per-source 150"), md);
        assertTrue(md.strip().endsWith("<!-- /bench:harvest -->"), md);
    }

    @Test
    void aMissingColophonJarIsAUsageError() {
        BenchRun run =
                BenchRun.of("harvest", "--cli", tmp.resolve("no-such.jar").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("no colophon.jar at"), run.err());
    }
}
