package org.colophon.bench.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.colophon.bench.GcLog;
import org.colophon.bench.SeededRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench harvest-vs-import} at a small size: Beijing Normal University's records repeated to 600,
 * harvested by the real {@code colophon harvest} from the replaying provider and imported by the real {@code colophon
 * import}; both stores end with the same records and the same triples, and the section says it is not judged at this
 * size.
 */
class HarvestVsImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void bothCommandsLoadTheSameRecordsAndTheRatioIsReported() throws Exception {
        SeededRun run =
                SeededRun.of(tmp, "harvest-vs-import", "--records", "600", "--page-size", "50", "--heap", "512m");
        String md = run.report();
        long harvested = run.triples("`colophon harvest` (OAI-PMH, loopback)", "600");
        long imported = run.triples("`colophon import` (MARCXML file)", "600");
        assertTrue(imported > 600 * 10, md);
        assertEquals(imported, harvested, "the same records give the same triples\n" + md);
        assertTrue(md.contains("as 12 ListRecords pages of 50 records"), md);
        assertTrue(md.contains("Input: **synthetic**"), md);
        assertTrue(md.contains("Harvest records/s ÷ import records/s: **"), md);
        assertTrue(md.contains("not judged: the target is for ≥ 50,000 records"), md);
        assertTrue(
                md.contains("Command: `colophon-bench harvest-vs-import --records 600 --page-size 50 --heap 512m`"),
                md);
        // the GC logs were read: a heap peak for both
        assertTrue(
                Pattern.compile(
                                "\\| `colophon harvest` [^\n]*\\| [0-9,]+ \\| [0-9,]+ \\([0-9,]+ / [0-9,]+\\) \\| [1-9]")
                        .matcher(md)
                        .find(),
                md);
    }

    @Test
    void gcLogLinesGiveThePeakAndTheLiveHeapByHalf() throws Exception {
        Path log = tmp.resolve("gc.log");
        Files.writeString(
                log,
                """
                [0.009s] Using G1
                [1.000s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 20M->7M(380M) 9.583ms
                [2.000s] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->40M(380M) 6.1ms
                [2.500s] GC(2) Concurrent Mark Cycle 12.0ms
                [3.000s] GC(3) Pause Full (System.gc()) 65536K->30720K(1G) 20.0ms
                [4.000s] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 100M->20M(1G) 5.0ms
                """,
                StandardCharsets.UTF_8);
        GcLog g = GcLog.read(log);
        assertEquals(4, g.collections());
        assertEquals(300, g.peakMb(), 1e-9);
        assertEquals(40, g.maxLiveMb(), 1e-9);
        assertEquals(40, g.maxLiveFirstHalfMb(), 1e-9);
        assertEquals(30, g.maxLiveSecondHalfMb(), 1e-9);
    }
}
