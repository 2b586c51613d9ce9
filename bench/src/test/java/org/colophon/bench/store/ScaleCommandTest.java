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
 * {@code colophon-bench scale} at a small size: Beijing Normal University's records repeated to 400, converted and
 * imported by the real {@code colophon.jar}, then served and looked up from a second process.
 */
class ScaleCommandTest {
    @TempDir
    Path tmp;

    @Test
    void convertImportAndLookupsAreMeasuredOnTheSameRecords() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("report.md");
        BenchRun run = BenchRun.of(
                "scale",
                "--records",
                "400",
                "--heap",
                "512m",
                "--requests",
                "10",
                "--warm-up",
                "0.5",
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

        long converted = triples(md, "colophon convert");
        long imported = triples(md, "colophon import");
        assertTrue(imported > 400 * 10, md);
        assertEquals(converted, imported, "convert and import give the same triples\n" + md);
        assertTrue(md.contains("records, **synthetic**"), md);
        // every sampled record IRI was found: the lookups hit real records, not 404s
        assertTrue(md.contains("| " + QueryMix.IRI + " | 10 | 0 | "), md);
        // the data directory's parts, with the store and the search index among them
        assertTrue(md.contains("| `tdb2/` | "), md);
        assertTrue(md.contains("| `index/` | "), md);
        assertTrue(md.contains("| **total** | "), md);
        assertTrue(md.contains("Straight-line extrapolation to 280,000,000 records"), md);
    }

    private static long triples(String md, String step) {
        Matcher m = Pattern.compile("\\| `" + Pattern.quote(step) + "` \\| 400 \\| ([0-9,]+) \\|")
                .matcher(md);
        assertTrue(m.find(), step + " row missing or not 400 records:\n" + md);
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
