package org.colophon.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graphs Colophon derives from records (authority links) are listed but not counted as records. */
class StoreStatsTest {
    @Test
    void internalSourcesAreNotCatalogueRecords() {
        StoreStats s = new StoreStats(
                Map.of(
                        "bnu", new StoreStats.SourceStats(10, 565),
                        "loc", new StoreStats.SourceStats(1, 219),
                        "colophon-links", new StoreStats.SourceStats(7, 34)),
                20,
                Instant.EPOCH);
        assertEquals(11, s.records());
        assertEquals(784, s.triples());
        assertEquals(
                java.util.List.of("bnu", "loc"),
                java.util.List.copyOf(s.catalogue().keySet()));
        assertEquals(3, s.sources().size(), "still listed");
    }
}
