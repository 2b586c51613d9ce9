package org.colophon.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.colophon.bench.SeededRun;
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
        SeededRun run = SeededRun.of(
                tmp, "scale", "--records", "400", "--heap", "512m", "--requests", "10", "--warm-up", "0.5");
        String md = run.report();

        long converted = run.triples("`colophon convert`", "400");
        long imported = run.triples("`colophon import`", "400");
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
}
