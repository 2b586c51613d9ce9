package org.colophon.bench.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.bench.BenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench convert --dialect unimarc} at a small size: both groups are measured (CNMARC against BNU's
 * MARC 21 and against the MARC 21 seeds as MARCXML), each row gives its
 * subfields, bytes and triples per record, the verdicts name all four measures, and only its own section is written.
 */
class UnimarcBenchTest {
    @TempDir
    Path tmp;

    @Test
    void unimarcAgainstMarc21PerRecordSubfieldByteAndTriple() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("benchmarks.md");
        Files.writeString(report, "# Benchmarks\n\n<!-- bench:convert -->\nMARC 21 rows\n<!-- /bench:convert -->\n");
        BenchRun run = BenchRun.of(
                "convert",
                "--dialect",
                "unimarc",
                "--records",
                "300",
                "--seeds",
                seeds.toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(md.contains("<!-- bench:convert -->\nMARC 21 rows\n<!-- /bench:convert -->"), md);
        for (String input : new String[] {
            "ISO 2709 (MARC 21)", "UNIMARC ISO 2709", "BNU MARCXML", "MARC 21 seeds as MARCXML", "CNMARC XML"
        }) {
            String row = md.lines()
                    .filter(l -> l.startsWith("| " + input + " |"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(input + " row missing:\n" + md));
            String[] c = row.split("\\|");
            assertEquals("300", c[2].trim(), row);
            assertTrue(Double.parseDouble(c[3].trim()) > 5 && Double.parseDouble(c[5].trim()) > 5, row);
        }
        assertTrue(md.contains("CNMARC XML against BNU MARCXML: ") && md.contains("x per subfield"), md);
        assertTrue(md.contains("CNMARC XML against MARC 21 seeds as MARCXML: "), md);
    }
}
