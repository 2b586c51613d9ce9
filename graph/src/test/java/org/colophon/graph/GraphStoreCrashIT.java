package org.colophon.graph;

import static org.colophon.graph.CrashImporter.BATCH;
import static org.colophon.graph.CrashImporter.deletedTwoBatchesLater;
import static org.colophon.graph.CrashImporter.recordId;
import static org.colophon.graph.CrashImporter.replacedByNextBatch;
import static org.colophon.graph.CrashImporter.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with a real SIGKILL: a child JVM ({@link CrashImporter}) imports batches in a loop and is killed
 * mid-way; the store must then open, hold every record graph either whole (matching its metadata) or not at all,
 * keep every batch the child reported committed, and accept writes.
 */
class GraphStoreCrashIT {

    @TempDir
    Path dir;

    /** Last "committed k" line read from the child, -1 for none. */
    private int lastCommitted = -1;

    @RepeatedTest(3)
    void killDuringIncrementalBatchesLosesNoCommittedBatchAndTearsNoRecord() throws Exception {
        Process child = start(Long.MAX_VALUE, BATCH);
        BlockingQueue<String> lines = readLines(child);
        int target = 2 + ThreadLocalRandom.current().nextInt(3);
        awaitLine(lines, "committed " + target);
        Thread.sleep(ThreadLocalRandom.current().nextInt(60));
        kill(child, lines);

        verifyConsistent();
        verifyCommittedBatchesSurvived();
        verifyAcceptsWrites();
    }

    @RepeatedTest(3)
    void killDuringBulkLoadLeavesAllOrNothingOfTheFirstBatch() throws Exception {
        int first = 3_000;
        Process child = start(5_000, first);
        BlockingQueue<String> lines = readLines(child);
        awaitLine(lines, "begin 0");
        Path marker = dir.resolve("store").resolve("colophon-bulk-load.inprogress");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(Files.exists(marker), "the first batch did not go to the bulk loader");
        Thread.sleep(ThreadLocalRandom.current().nextInt(1_500));
        boolean interruptedBulkLoad = Files.exists(marker);
        kill(child, lines);
        System.out.println("bulk crash test: killed " + (interruptedBulkLoad ? "during" : "after") + " the bulk load");

        verifyConsistent();
        if (lastCommitted < 0) {
            try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
                long records = store.stats().records();
                assertTrue(records == 0 || records == first, "first batch partly present: " + records + " records");
                if (interruptedBulkLoad) {
                    assertEquals(0, records, "an interrupted bulk load must be rolled back");
                }
            }
        } else {
            verifyCommittedBatchesSurvived();
        }
        verifyAcceptsWrites();
    }

    @RepeatedTest(3)
    void killWhileANewStoreIsCreatedLeavesAStoreThatOpensEmpty() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), CrashCreator.class.getName(), dir.toString());
        pb.redirectError(dir.resolve("child.err").toFile());
        Process child = pb.start();
        BlockingQueue<String> lines = readLines(child);
        awaitLine(lines, "creating 3");
        Thread.sleep(ThreadLocalRandom.current().nextInt(200));
        kill(child, lines);

        int opened = 0;
        for (int i = 0; Files.exists(dir.resolve("store-" + i)); i++) {
            try (GraphStore store = GraphStore.open(dir.resolve("store-" + i))) {
                assertTrue(store.isEmpty(), "store-" + i);
                try (GraphStore.Batch batch = store.batch()) {
                    batch.put(SyntheticBibframe.meta("bnu", "x", 1, "m1"), SyntheticBibframe.triples("bnu", "x", 1));
                    batch.commit();
                }
                assertEquals(1, store.stats().records(), "store-" + i);
            }
            assertFalse(Files.exists(dir.resolve("store-" + i).resolve("colophon-create.inprogress")));
            opened++;
        }
        assertTrue(opened >= 4, "stores opened: " + opened);
    }

    private Process start(long bulkThreshold, int firstBatch) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashImporter.class.getName(),
                dir.resolve("store").toString(),
                Long.toString(bulkThreshold),
                Integer.toString(firstBatch));
        pb.redirectError(dir.resolve("child.err").toFile());
        return pb.start();
    }

    private static BlockingQueue<String> readLines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
            lines.add("EOF");
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private void awaitLine(BlockingQueue<String> lines, String wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            note(line);
            if (line.equals(wanted)) {
                return;
            }
            if (line.equals("EOF")) {
                fail("child ended before '" + wanted + "': " + Files.readString(dir.resolve("child.err")));
            }
        }
        fail("child did not print '" + wanted + "' in time");
    }

    private void kill(Process child, BlockingQueue<String> lines) throws Exception {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        for (String line; (line = lines.poll(5, TimeUnit.SECONDS)) != null && !line.equals("EOF"); ) {
            note(line);
        }
    }

    private void note(String line) {
        if (line.startsWith("committed ")) {
            lastCommitted = Integer.parseInt(line.substring("committed ".length()));
        }
    }

    /** Every described record graph holds exactly its counted triples; every named graph is described. */
    private void verifyConsistent() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            DatasetGraph dsg = ((SparqlAccess.Embedded) store.access()).dataset();
            List<String> problems = Txn.calculateRead(dsg, () -> {
                List<String> found = new ArrayList<>();
                for (Node g : Iter.toList(dsg.listGraphNodes())) {
                    if (g.equals(ColophonMeta.metaGraph)) {
                        continue;
                    }
                    Quad count = Iter.first(dsg.find(ColophonMeta.metaGraph, g, ColophonMeta.tripleCount, Node.ANY));
                    long actual = Iter.count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
                    if (count == null) {
                        found.add(g + ": " + actual + " triples without metadata");
                    } else if (((Number) count.getObject().getLiteralValue()).longValue() != actual) {
                        found.add(g + ": metadata says " + count.getObject().getLiteralLexicalForm() + ", holds "
                                + actual);
                    }
                }
                for (Quad q :
                        Iter.toList(dsg.find(ColophonMeta.metaGraph, Node.ANY, ColophonMeta.tripleCount, Node.ANY))) {
                    if (!dsg.containsGraph(q.getSubject())
                            || Iter.count(dsg.find(q.getSubject(), Node.ANY, Node.ANY, Node.ANY)) == 0) {
                        found.add(q.getSubject() + ": metadata without graph");
                    }
                    for (Node p : List.of(
                            ColophonMeta.sourceId,
                            ColophonMeta.recordId,
                            ColophonMeta.checksum,
                            ColophonMeta.mappingVersion,
                            ColophonMeta.generatedAtTime)) {
                        if (!dsg.contains(ColophonMeta.metaGraph, q.getSubject(), p, Node.ANY)) {
                            found.add(q.getSubject() + ": metadata lacks " + p);
                        }
                    }
                }
                return found;
            });
            assertEquals(List.of(), problems);
            assertFalse(Files.exists(dir.resolve("store").resolve("colophon-bulk-load.inprogress")));
        }
    }

    /** What batches up to the last reported commit did is all there, whatever happened after. */
    private void verifyCommittedBatchesSurvived() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            for (int k = 0; k <= lastCommitted; k++) {
                for (int j = 0; j < BATCH; j++) {
                    var stored = store.record(source(j), recordId(k, j));
                    String what = recordId(k, j) + " after batch " + lastCommitted;
                    if (deletedTwoBatchesLater(j) && k + 2 <= lastCommitted) {
                        assertTrue(stored.isEmpty(), what + " should be deleted");
                    } else if (!deletedTwoBatchesLater(j)) {
                        assertTrue(stored.isPresent(), what + " should be present");
                        if (replacedByNextBatch(j) && k + 1 <= lastCommitted) {
                            assertEquals(
                                    SyntheticBibframe.meta(source(j), recordId(k, j), 2, "m1")
                                            .checksum(),
                                    stored.get().meta().checksum(),
                                    what + " should be version 2");
                        }
                    }
                }
            }
        }
    }

    private void verifyAcceptsWrites() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            try (GraphStore.Batch batch = store.batch()) {
                batch.put(
                        SyntheticBibframe.meta("bnu", "after-crash", 1, "m1"),
                        SyntheticBibframe.triples("bnu", "after-crash", 1));
                batch.commit();
            }
            assertNotNull(store.record("bnu", "after-crash").orElse(null));
        }
    }
}
