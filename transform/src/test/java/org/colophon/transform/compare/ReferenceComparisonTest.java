package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceComparisonTest {

    @Test
    void everyRecordOfTheFourDatasetsIsCompared() {
        ComparisonResult r = ReferenceRun.all();
        assertEquals(396, r.records());
        assertEquals(0, r.unmatched());
    }

    @Test
    void printsFigures() throws Exception {
        ComparisonResult r = ReferenceRun.all();
        System.out.print(r.table());
        Files.writeString(Path.of("target/reference-misses.tsv"), r.missesTsv());
        assertTrue(r.families().size() == Family.ALL.size());
    }
}
