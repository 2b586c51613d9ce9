package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.graph.ColophonMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon compact}, the disk line of {@code stats} and the compaction after bulk work, on a real TDB2 store
 * written one record per transaction (Beijing Normal University's records, {@code --batch 1}), as a harvest of small
 * pages or a resumed import would.
 */
class CompactCommandTest {
    private static final Pattern COMPACTED =
            Pattern.compile("compacted: ([0-9.,]+) (KB|MB|GB) → ([0-9.,]+) (KB|MB|GB) \\(([0-9,]+) records\\)");

    @TempDir
    Path tmp;

    @Test
    void compactShrinksAStoreWrittenInSmallCommitsAndLaterWorkCompactsWhenItGrowsAgain() {
        String data = tmp.resolve("data").toString();
        String bnu = Path.of("..", "samples", "bnu-chinese-sru.xml").toString();
        String loc = Path.of("..", "samples", "loc-cjk-880.xml").toString();
        // into an empty store an import is one batch whatever --batch says: start with one record
        assertEquals(
                0, CliRun.of("import", loc, "--source", "loc", "--data", data).code());
        CliRun small = CliRun.of("import", bnu, "--source", "a", "--data", data, "--batch", "1", "--no-compact");
        assertEquals(0, small.code(), small.err());
        assertFalse(small.err().contains("compacted:"), small.err());

        CliRun grown = CliRun.of("stats", "--data", data);
        assertTrue(grown.out().contains("disk: "), grown.out());
        assertTrue(grown.out().contains("at 1 record when last compacted or first loaded"), grown.out());

        CliRun compact = CliRun.of("compact", "--data", data);
        assertEquals(0, compact.code(), compact.err());
        Matcher m = COMPACTED.matcher(compact.err());
        assertTrue(m.find(), compact.err());
        assertTrue(bytes(m.group(3), m.group(4)) * 2 < bytes(m.group(1), m.group(2)), compact.err());
        assertEquals("11", m.group(5));
        CliRun packed = CliRun.of("stats", "--data", data);
        assertTrue(packed.out().contains("at 11 records when last compacted"), packed.out());
        assertTrue(packed.out().lines().anyMatch(l -> l.startsWith("all") && l.contains(" 11 ")), packed.out());

        // the same records again as another library's, one commit each: the store outgrows twice its packed size
        CliRun again = CliRun.of("import", bnu, "--source", "b", "--data", data, "--batch", "1");
        assertEquals(0, again.code(), again.err());
        Matcher auto = COMPACTED.matcher(again.err());
        assertTrue(auto.find(), "compacted after the import:\n" + again.err());
        assertEquals("21", auto.group(5));
        // the authority linker's graphs (source colophon-links) come and go with their records; the rest is exact
        String query = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o }"
                + " FILTER NOT EXISTS { GRAPH <" + ColophonMeta.META_GRAPH + "> { ?g <"
                + ColophonMeta.sourceId.getURI() + "> \"colophon-links\" } } }";
        CliRun after = CliRun.of("sparql", "--data", data, query);
        assertTrue(after.out().contains(" 22 "), "21 record graphs and the metadata graph:\n" + after.out());
    }

    @Test
    void aRemoteStoreIsCompactedByItsServerNotFromHere() {
        CliRun r = CliRun.of("compact", "--store", "http://127.0.0.1:9/ds");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("compacted by its own server"), r.err());
    }

    private static double bytes(String n, String unit) {
        double v = Double.parseDouble(n.replace(",", ""));
        return switch (unit) {
            case "KB" -> v * 1e3;
            case "MB" -> v * 1e6;
            default -> v * 1e9;
        };
    }
}
