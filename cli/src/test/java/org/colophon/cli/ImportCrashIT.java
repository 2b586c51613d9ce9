package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.StoreStats;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.marc.Iso2709Writer;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code colophon import} process, at a random moment: the store must open, hold every record
 * graph whole (its triple count as recorded) or not at all, keep only whole batches, and after the import is run
 * again hold exactly what an uninterrupted import gives.
 */
class ImportCrashIT {
    static final int RECORDS = 30_000;
    static final int BATCH = 500;

    @TempDir
    Path tmp;

    Path big;
    Path small;

    /** Input: the Beijing Normal University records repeated with unique control numbers (synthetic by repetition). */
    @BeforeEach
    void input() throws Exception {
        Path seedFile = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        List<MarcRecord> seeds = new java.util.ArrayList<>();
        try (RecordSource src = FileRecordReader.open(seedFile, "t", null, Quarantine.counting())) {
            while (src.hasNext()) seeds.add(MarcDecoder.decode(src.next()));
        }
        big = write("big.mrc", seeds, 0, RECORDS);
        small = write("small.mrc", seeds, RECORDS, 100);
    }

    private Path write(String name, List<MarcRecord> seeds, int from, int n) throws Exception {
        Path p = tmp.resolve(name);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p))) {
            for (int i = from; i < from + n; i++) {
                out.write(
                        Iso2709Writer.write(Iso2709Writer.withControlNumber(seeds.get(i % seeds.size()), "crash" + i)));
            }
        }
        return p;
    }

    @Test
    void killingAnIncrementalImportKeepsWholeBatchesAndARerunCompletesIt() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("import", small.toString(), "--source", "lib", "--data", data.toString()));
        Process child = startImport(data, true, 1500);
        assertTrue(child.exitValue() != 0, "the import finished before it could be killed; make the input larger");

        StoreStats afterKill = verifyWholeRecords(data);
        long loaded = afterKill.records() - 100;
        assertEquals(
                0, loaded % BATCH, "only whole batches survive a kill: " + loaded + " records from the killed run");

        assertEquals(0, Main.run("import", big.toString(), "--source", "lib", "--data", data.toString()));
        StoreStats finished = verifyWholeRecords(data);

        Path clean = tmp.resolve("clean");
        Main.run("import", small.toString(), "--source", "lib", "--data", clean.toString());
        Main.run("import", big.toString(), "--source", "lib", "--data", clean.toString());
        StoreStats uninterrupted = verifyWholeRecords(clean);
        assertEquals(uninterrupted.records(), finished.records());
        assertEquals(uninterrupted.triples(), finished.triples());
    }

    @Test
    void killingTheFirstImportIntoAnEmptyStoreLeavesAllOrNothing() throws Exception {
        Path data = tmp.resolve("data");
        Process child = startImport(data, false, 4000);
        StoreStats s = verifyWholeRecords(data);
        assertTrue(
                child.exitValue() == 0 && s.records() == RECORDS || s.records() == 0,
                "partial first import: " + s.records());
        assertEquals(0, Main.run("import", big.toString(), "--source", "lib", "--data", data.toString()));
        assertEquals(RECORDS, verifyWholeRecords(data).records());
    }

    /**
     * Starts the import and kills it with SIGKILL at a random moment up to {@code killWithinMillis} later, counted
     * from its first progress line when {@code afterProgress} (so the kill lands mid-run whatever the machine's
     * speed), else from the start.
     */
    private Process startImport(Path data, boolean afterProgress, long killWithinMillis) throws Exception {
        Path log = tmp.resolve("child.log");
        Process p = CliProcess.start(
                        log,
                        List.of("-Xmx512m"),
                        "import",
                        big.toString(),
                        "--source",
                        "lib",
                        "--data",
                        data.toString(),
                        "--batch",
                        Integer.toString(BATCH))
                .process();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (afterProgress
                && p.isAlive()
                && System.nanoTime() < deadline
                && !Files.readString(log).contains("... read")) {
            Thread.sleep(20);
        }
        if (!p.waitFor(ThreadLocalRandom.current().nextLong(killWithinMillis), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return p;
    }

    /** Every record graph holds exactly the triples its metadata says; returns the store's stats. */
    private static StoreStats verifyWholeRecords(Path data) {
        try (GraphStore g = GraphStore.open(data.resolve("tdb2"))) {
            QueryResult.Select counts = (QueryResult.Select) g.query(
                    "PREFIX c: <https://w3id.org/colophon/ns#> SELECT ?g ?expected (COUNT(?s) AS ?n) WHERE { "
                            + "GRAPH <https://w3id.org/colophon/graph/meta> { ?g c:tripleCount ?expected } "
                            + "OPTIONAL { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?g ?expected",
                    Duration.ofMinutes(2));
            for (Binding b : counts.rows()) {
                Node g1 = b.get(counts.vars().get(0));
                long expected = Long.parseLong(b.get(counts.vars().get(1)).getLiteralLexicalForm());
                long n = Long.parseLong(b.get(counts.vars().get(2)).getLiteralLexicalForm());
                assertEquals(expected, n, "record graph " + g1 + " is torn");
            }
            QueryResult.Select orphans = (QueryResult.Select) g.query(
                    "PREFIX c: <https://w3id.org/colophon/ns#> SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                            + "FILTER(?g != <https://w3id.org/colophon/graph/meta>) "
                            + "FILTER NOT EXISTS { GRAPH <https://w3id.org/colophon/graph/meta> { ?g c:tripleCount ?x } } }",
                    Duration.ofMinutes(2));
            assertEquals(
                    "0",
                    orphans.rows().get(0).get(orphans.vars().get(0)).getLiteralLexicalForm(),
                    "graphs without provenance");
            return g.stats();
        }
    }
}
