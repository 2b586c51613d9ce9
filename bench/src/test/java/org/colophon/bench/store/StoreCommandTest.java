package org.colophon.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.BenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench store} end to end at a small size: Beijing Normal University's records repeated 300 times
 * are imported, loaded again with TDB2's loader, served, queried and put under load from a second JVM.
 */
class StoreCommandTest {
    @TempDir
    Path tmp;

    @Test
    void storeWritesEveryFigureIntoItsOwnSectionAndLeavesTheConvertSectionAlone() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("benchmarks.md");
        String convert = "<!-- bench:convert -->\n## Conversion\n\nkept as it was\n<!-- /bench:convert -->\n";
        Files.writeString(
                report,
                "# Benchmarks\n\n" + convert + "\n<!-- bench:store -->\nold figures\n<!-- /bench:store -->\n",
                StandardCharsets.UTF_8);

        BenchRun run = BenchRun.of(
                "store",
                "--records",
                "300",
                "--requests",
                "10",
                "--clients",
                "2",
                "--seconds",
                "1",
                "--warm-up",
                "0.5",
                "--seeds",
                seeds.toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());

        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(md.contains(convert), md);
        assertEquals(1, count(md, "<!-- bench:store -->"), md);
        assertTrue(!md.contains("old figures"), md);

        // both loads took the same 300 records and the same triples
        long ours = triples(md, "colophon import (convert + load)");
        long loader = triples(md, "TDB2 phased loader (tdb2.tdbloader's default)");
        assertTrue(ours > 300 * 10, md);
        assertEquals(ours, loader, md);

        for (String kind : List.of(QueryMix.IRI, QueryMix.ISBN, QueryMix.CONTRIBUTOR, QueryMix.COUNT)) {
            assertTrue(md.contains("| " + kind + " | 10 | "), kind + " row missing:\n" + md);
            assertTrue(md.lines().anyMatch(l -> l.startsWith("| " + kind + " |") && l.endsWith("| 0 |")), md);
        }
        Matcher load = Pattern.compile("\\*\\*([0-9,.]+) requests/s\\*\\*, ([0-9,]+) requests, (\\d+) errors")
                .matcher(md);
        assertTrue(load.find(), md);
        assertTrue(Long.parseLong(load.group(2).replace(",", "")) > 0, md);
        assertEquals("0", load.group(3), md);
        assertTrue(md.contains("(target: ≥ 0.8×)"), md);
        // the latency is a separate server process's, as deployed, not the benchmark JVM's
        assertTrue(md.contains("against `colophon serve` running in a JVM of its own"), md);
        assertTrue(md.contains("(target: < 5 ms at ≥ 100,000 records)"), md);
        assertTrue(md.endsWith("<!-- /bench:store -->\n"), md);
        assertTrue(!Files.exists(tmp.resolve("work").resolve("import")), "the benchmark's store is removed");
    }

    private static long triples(String md, String load) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(load) + " \\| 300 \\| ([0-9,]+) \\|")
                .matcher(md);
        assertTrue(m.find(), load + " row missing:\n" + md);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
