package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each marc2bibframe2 dataset against LoC's conversion of it, dataset by dataset, including three the rules were
 * not tuned on (oclc, gwu, princeton). The families issue 10 found short on those (contributors 0.64, identifiers
 * 0.67, notes 0.84, subjects 0.86, titles 0.93) are held at what they reach now on every dataset.
 */
class DatasetComparisonTest {
    /** Per family, the least any dataset reaches today; a regression on one dataset fails here. */
    private static final Map<String, Double> FLOOR =
            Map.of("contributors", 99.0, "identifiers", 95.0, "notes", 93.0, "subjects", 98.0, "titles", 83.0);

    @Test
    void everyDatasetHoldsItsFloorsAndTheTablesAreWritten() throws Exception {
        StringBuilder sb = new StringBuilder();
        StringBuilder misses = new StringBuilder("dataset\trecord\tfamily\tpath\tvalue\n");
        for (Map.Entry<String, ComparisonResult> e : ReferenceRun.perDataset().entrySet()) {
            sb.append("== ").append(e.getKey()).append('\n').append(e.getValue().table());
            String[] lines = e.getValue().missesTsv().split("\n");
            for (int i = 1; i < lines.length; i++)
                misses.append(e.getKey()).append('\t').append(lines[i]).append('\n');
        }
        Files.writeString(Path.of("target/dataset-comparison.txt"), sb);
        Files.writeString(Path.of("target/dataset-misses.tsv"), misses);
        for (Map.Entry<String, ComparisonResult> e : ReferenceRun.perDataset().entrySet()) {
            assertTrue(e.getValue().records() >= 84, e.getKey() + " compared too few records");
            for (FamilyScore f : e.getValue().families()) {
                Double floor = FLOOR.get(f.family());
                if (floor == null) continue;
                assertTrue(
                        f.percent() >= floor,
                        () -> e.getKey() + " " + f.family() + ": " + f.percent() + "% < " + floor + "%\n" + sb);
            }
        }
    }
}
