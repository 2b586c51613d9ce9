package org.colophon.graph.internal;

import static org.colophon.graph.SyntheticBibframe.meta;
import static org.colophon.graph.SyntheticBibframe.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path (TDB2 loader into an empty store) against the incremental path on the same input. */
class BulkLoadTest {

    @TempDir
    Path tmp;

    /** 300 records of two sources, with a replaced, an unchanged, a deleted and a deleted-then-re-added record. */
    private static void initialLoad(GraphStore.Batch b) {
        for (int i = 0; i < 300; i++) {
            String source = i % 3 == 0 ? "nlc" : "bnu";
            b.put(meta(source, "r" + i, i % 4, "m1"), triples(source, "r" + i, i % 4));
        }
        b.put(meta("bnu", "r1", 7, "m1"), triples("bnu", "r1", 7));
        b.put(meta("bnu", "r2", 2, "m1"), triples("bnu", "r2", 2));
        b.delete("bnu", "r4");
        b.delete("bnu", "r5");
        b.put(meta("bnu", "r5", 3, "m2"), triples("bnu", "r5", 3));
        b.delete("bnu", "no-such-record");
    }

    @Test
    void bulkAndIncrementalLoadsGiveIsomorphicDatasets() {
        Path bulkDir = tmp.resolve("bulk");
        Path incDir = tmp.resolve("incremental");
        try (GraphStore bulk = GraphStore.tdb2(bulkDir).bulkThreshold(1_000).open();
                GraphStore inc =
                        GraphStore.tdb2(incDir).bulkThreshold(Long.MAX_VALUE).open()) {
            BatchCounts bulkCounts = load(bulk, BulkLoadTest::initialLoad, true);
            BatchCounts incCounts = load(inc, BulkLoadTest::initialLoad, false);

            assertEquals(incCounts, bulkCounts);
            assertEquals(new BatchCounts(301, 1, 1, 2, 1), bulkCounts);
            assertEquals(inc.stats().sources(), bulk.stats().sources());
            assertEquals(inc.stats().graphs(), bulk.stats().graphs());
            assertSameContents(dataset(inc), dataset(bulk));
            assertFalse(Files.exists(bulkDir.resolve(BulkLoadMarker.FILE_NAME)), "marker must be gone after commit");

            // The store is no longer empty, so the next batch is incremental and sees the bulk-loaded records.
            BatchCounts next = load(bulk, b -> b.put(meta("bnu", "r2", 2, "m1"), triples("bnu", "r2", 2)), false);
            assertEquals(1, next.unchanged());
        }
    }

    @Test
    void parallelLoaderGivesTheSameDatasetAsThePhasedOne() {
        try (GraphStore phased =
                        GraphStore.tdb2(tmp.resolve("phased")).bulkThreshold(1).open();
                GraphStore parallel = GraphStore.tdb2(tmp.resolve("parallel"))
                        .bulkThreshold(1)
                        .parallelLoader(true)
                        .open()) {
            load(phased, BulkLoadTest::initialLoad, true);
            load(parallel, BulkLoadTest::initialLoad, true);
            assertSameContents(dataset(phased), dataset(parallel));
        }
    }

    @Test
    void abandonedBulkBatchLeavesAnEmptyStoreThatAcceptsWrites() {
        Path dir = tmp.resolve("abandoned");
        try (GraphStore store = GraphStore.tdb2(dir).bulkThreshold(100).open()) {
            try (GraphStore.Batch b = store.batch()) {
                initialLoad(b);
                assertTrue(((Tdb2Batch) b).usedBulkLoader());
            }
            assertEquals(0, store.stats().graphs());
            assertFalse(Files.exists(dir.resolve(BulkLoadMarker.FILE_NAME)));
            assertEquals(
                    1,
                    load(store, b -> b.put(meta("bnu", "x", 1, "m1"), triples("bnu", "x", 1)), false)
                            .added());
        }
    }

    @Test
    void abandonedBufferedBatchOnAnEmptyStoreWritesNothing() {
        try (GraphStore store = GraphStore.open(tmp.resolve("buffered"))) {
            try (GraphStore.Batch b = store.batch()) {
                b.put(meta("bnu", "x", 1, "m1"), triples("bnu", "x", 1));
            }
            assertEquals(0, store.stats().graphs());
        }
    }

    @Test
    void markerLeftByAnInterruptedBulkLoadResetsTheStoreOnOpen() throws Exception {
        Path dir = tmp.resolve("interrupted");
        try (GraphStore store = GraphStore.open(dir)) {
            load(store, b -> b.put(meta("bnu", "x", 1, "m1"), triples("bnu", "x", 1)), false);
        }
        new BulkLoadMarker(dir).create();
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(0, store.stats().graphs());
            assertFalse(Files.exists(dir.resolve(BulkLoadMarker.FILE_NAME)));
            assertEquals(
                    1,
                    load(store, b -> b.put(meta("bnu", "x", 1, "m1"), triples("bnu", "x", 1)), false)
                            .added());
        }
    }

    private static BatchCounts load(GraphStore store, Consumer<GraphStore.Batch> work, boolean expectBulk) {
        try (GraphStore.Batch b = store.batch()) {
            work.accept(b);
            assertEquals(expectBulk, ((Tdb2Batch) b).usedBulkLoader(), "bulk path taken");
            return b.commit();
        }
    }

    /** Same named graphs, each isomorphic; the metadata graph compared without import times. */
    static void assertSameContents(DatasetGraph expected, DatasetGraph actual) {
        List<Node> names = Txn.calculateRead(expected, () -> {
            List<Node> list = new ArrayList<>();
            expected.listGraphNodes().forEachRemaining(list::add);
            return list;
        });
        List<Node> actualNames = Txn.calculateRead(actual, () -> {
            List<Node> list = new ArrayList<>();
            actual.listGraphNodes().forEachRemaining(list::add);
            return list;
        });
        assertEquals(
                names.stream().map(Node::getURI).sorted().toList(),
                actualNames.stream().map(Node::getURI).sorted().toList());
        for (Node name : names) {
            Graph e = copy(expected, name);
            Graph a = copy(actual, name);
            assertTrue(e.isIsomorphicWith(a), "graph " + name + " differs");
        }
        assertTrue(Txn.calculateRead(expected, () -> expected.getDefaultGraph().isEmpty()));
        assertTrue(Txn.calculateRead(actual, () -> actual.getDefaultGraph().isEmpty()));
    }

    private static Graph copy(DatasetGraph dsg, Node name) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(t -> {
                if (!(name.equals(ColophonMeta.metaGraph) && t.getPredicate().equals(ColophonMeta.generatedAtTime))) {
                    g.add(t);
                }
            });
            return g;
        });
    }

    private static org.apache.jena.sparql.core.DatasetGraph dataset(GraphStore store) {
        return ((org.colophon.graph.SparqlAccess.Embedded) store.access()).dataset();
    }
}
