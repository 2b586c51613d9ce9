package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon compare --marc2bibframe2} with xsltproc for real (skipped where it is not installed), over a stand-in
 * stylesheet: records read as UNIMARC are left out of the MARC 21 comparison, named and counted.
 */
class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void recordsReadAsUnimarcAreLeftOutNamedAndCounted() throws Exception {
        boolean found;
        try {
            found = new ProcessBuilder("xsltproc", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            found = false;
        }
        assumeTrue(found, "xsltproc is not installed");
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Path unimarc = Files.copy(ConvertCommandTest.resource("bncf-unimarc-utf8.mrc"), dir.resolve("unimarc.mrc"));
        Path marc21 = Files.copy(
                ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml"), dir.resolve("marc21.xml"));
        Path md = tmp.resolve("table.md");
        Path ref = tmp.resolve("ref");

        CliRun r = CliRun.of(
                "compare",
                "--marc2bibframe2",
                ConvertCommandTest.resource("compare/stand-in.xsl").toString(),
                "--by-folder",
                "--markdown",
                md.toString(),
                "--save-reference",
                ref.toString(),
                unimarc.toString(),
                marc21.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 records, 1 compared, LoC's converter failed on 0, 5 read as UNIMARC"), r.out());
        String table = Files.readString(md);
        String row = table.lines().filter(l -> l.contains("mixed")).findFirst().orElseThrow();
        assertTrue(row.matches("\\| \\S*mixed \\| 1 \\| 0 \\| 5 \\| 100\\.0 \\|.*"), table);
        // LoC's output kept record by record: the one MARC 21 record's graph, named by its record
        try (var files = Files.list(ref)) {
            Path nq = files.filter(p -> p.toString().endsWith(".bf.nq"))
                    .findFirst()
                    .orElseThrow();
            String quads = Files.readString(nq);
            assertTrue(quads.contains("#Work> <http://id.loc.gov/ontologies/bibframe/title>"), quads);
            assertEquals(
                    1,
                    quads.lines()
                            .map(l -> l.substring(l.lastIndexOf(" <")))
                            .distinct()
                            .count(),
                    quads);
        }
    }
}
