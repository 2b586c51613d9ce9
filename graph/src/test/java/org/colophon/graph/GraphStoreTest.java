package org.colophon.graph;

import static org.colophon.graph.SyntheticBibframe.graphIri;
import static org.colophon.graph.SyntheticBibframe.meta;
import static org.colophon.graph.SyntheticBibframe.triples;
import static org.colophon.graph.SyntheticBibframe.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Record-level write semantics, the same on both stores: the embedded TDB2 store and a remote store on a second,
 * real Fuseki. What was stored is read back without our code (Jena's dataset API, or Jena's HTTP clients).
 */
@ParameterizedClass
@EnumSource(TestStore.Kind.class)
class GraphStoreTest {

    static TestStore fixture;

    @Parameter
    TestStore.Kind kind;

    GraphStore store;

    @BeforeParameterizedClassInvocation
    static void start(TestStore.Kind kind) throws IOException {
        fixture = TestStore.start(kind);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void open() throws Exception {
        fixture.clear();
        store = fixture.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newRecordGetsItsOwnNamedGraphHoldingExactlyItsTriples() {
        List<Triple> triples = triples("bnu", "b1", 1);
        assertEquals(Outcome.ADDED, putOne(meta("bnu", "b1", 1, "m1"), triples));

        Graph stored = graph(graphIri("bnu", "b1"));
        assertTrue(stored.isIsomorphicWith(graphOf(triples)), "stored graph differs from the record's triples");
        StoredRecord record = store.record("bnu", "b1").orElseThrow();
        assertEquals(triples.size(), record.tripleCount());
        assertEquals(meta("bnu", "b1", 1, "m1"), record.meta());
    }

    @Test
    void sameChecksumAndMappingVersionLeavesTheRecordUnchanged() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        StoredRecord before = store.record("bnu", "b1").orElseThrow();

        assertEquals(Outcome.UNCHANGED, putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1)));
        assertEquals(before, store.record("bnu", "b1").orElseThrow(), "import time must not move");
    }

    @Test
    void changedRawRecordReplacesTheWholeGraph() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        List<Triple> v3 = triples("bnu", "b1", 3);

        assertEquals(Outcome.REPLACED, putOne(meta("bnu", "b1", 3, "m1"), v3));
        assertTrue(graph(graphIri("bnu", "b1")).isIsomorphicWith(graphOf(v3)), "old triples must be gone");
        assertEquals(v3.size(), store.record("bnu", "b1").orElseThrow().tripleCount());
    }

    @Test
    void newMappingVersionReplacesAnOtherwiseUnchangedRecord() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        assertEquals(Outcome.REPLACED, putOne(meta("bnu", "b1", 1, "m2"), triples("bnu", "b1", 1)));
        assertEquals("m2", store.record("bnu", "b1").orElseThrow().meta().mappingVersion());
    }

    @Test
    void deletedRecordLeavesNeitherGraphNorMetadata() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));

        BatchCounts counts = store.delete("bnu", "b1", "never-imported");
        assertEquals(new BatchCounts(0, 0, 0, 1, 1), counts);
        assertTrue(graph(graphIri("bnu", "b1")).isEmpty());
        assertTrue(store.record("bnu", "b1").isEmpty());
        assertEquals(0, fixture.metaTriplesAbout(store, graphIri("bnu", "b1")));
        assertFalse(graph(graphIri("bnu", "b2")).isEmpty(), "the other record stays");
    }

    @Test
    void metadataGraphDescribesTheRecordInTheDocumentedVocabulary() {
        putOne(meta("bnu", "b1", 2, "m1"), triples("bnu", "b1", 2));
        String q = "PREFIX colophon: <" + ColophonMeta.NS + "> PREFIX prov: <" + ColophonMeta.PROV + ">\n"
                + "SELECT * { GRAPH <" + ColophonMeta.META_GRAPH + "> { ?g a colophon:RecordGraph ;"
                + " colophon:sourceId ?s ; colophon:recordId ?r ; colophon:datestamp ?d ; prov:generatedAtTime ?t ;"
                + " colophon:checksum ?c ; colophon:mappingVersion ?m ; colophon:tripleCount ?n } }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, java.time.Duration.ofSeconds(10));
        assertEquals(1, rows.rows().size());
        var row = rows.rows().get(0);
        assertEquals(graphIri("bnu", "b1"), row.get("g").getURI());
        assertEquals("bnu", row.get("s").getLiteralLexicalForm());
        assertEquals("b1", row.get("r").getLiteralLexicalForm());
        assertEquals("2024-03-01T08:00:02Z", row.get("d").getLiteralLexicalForm());
        assertEquals(meta("bnu", "b1", 2, "m1").checksum(), row.get("c").getLiteralLexicalForm());
        assertEquals("m1", row.get("m").getLiteralLexicalForm());
        assertEquals(triples("bnu", "b1", 2).size(), ((Number) row.get("n").getLiteralValue()).intValue());
    }

    @Test
    void whichLibrarySaidThisIsOneQuery() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("nlc", "n1", 1, "m1"), triples("nlc", "n1", 1));
        String q = "PREFIX colophon: <" + ColophonMeta.NS + "> PREFIX prov: <" + ColophonMeta.PROV + ">\n"
                + "SELECT ?source ?when { GRAPH ?g { <" + graphIri("nlc", "n1") + "#Work> ?p ?o }"
                + " GRAPH <" + ColophonMeta.META_GRAPH + "> { ?g colophon:sourceId ?source ;"
                + " prov:generatedAtTime ?when } }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, java.time.Duration.ofSeconds(10));
        Set<String> sources = rows.rows().stream()
                .map(b -> b.get("source").getLiteralLexicalForm())
                .collect(Collectors.toSet());
        assertEquals(Set.of("nlc"), sources);
    }

    @Test
    void closingABatchWithoutCommitWritesNothing() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        try (GraphStore.Batch batch = store.batch()) {
            batch.put(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
            batch.delete("bnu", "b1");
        }
        assertTrue(store.record("bnu", "b1").isPresent());
        assertTrue(store.record("bnu", "b2").isEmpty());
        assertTrue(graph(graphIri("bnu", "b2")).isEmpty());
    }

    @Test
    void prefetchedBatchHasTheSameOutcomes() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
        try (GraphStore.Batch batch = store.batch()) {
            batch.prefetch(List.of(meta("bnu", "b1", 1, "m1"), meta("bnu", "b2", 2, "m1"), meta("bnu", "b3", 1, "m1")));
            batch.prefetchDeletes(List.of(new RecordKey("bnu", "b1"), new RecordKey("bnu", "none")));
            assertEquals(Outcome.UNCHANGED, batch.put(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1)));
            assertEquals(Outcome.REPLACED, batch.put(meta("bnu", "b2", 2, "m1"), triples("bnu", "b2", 2)));
            assertEquals(Outcome.ADDED, batch.put(meta("bnu", "b3", 1, "m1"), triples("bnu", "b3", 1)));
            assertEquals(Outcome.DELETED, batch.delete("bnu", "b1"));
            assertEquals(Outcome.NOT_FOUND, batch.delete("bnu", "none"));
            batch.commit();
        }
        assertEquals(Set.of("b2", "b3"), ids("bnu"));
        assertEquals(
                triples("bnu", "b2", 2).size(),
                store.record("bnu", "b2").orElseThrow().tripleCount());
    }

    @Test
    void recordPutTwiceInOneBatchKeepsTheSecondWithItsBlankNodes() {
        try (GraphStore.Batch batch = store.batch()) {
            assertEquals(Outcome.ADDED, batch.put(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1)));
            assertEquals(Outcome.REPLACED, batch.put(meta("bnu", "b1", 2, "m1"), triples("bnu", "b1", 2)));
            assertEquals(Outcome.UNCHANGED, batch.put(meta("bnu", "b1", 2, "m1"), triples("bnu", "b1", 2)));
            batch.commit();
        }
        assertTrue(graph(graphIri("bnu", "b1")).isIsomorphicWith(graphOf(triples("bnu", "b1", 2))));
        assertEquals(8, fixture.metaTriplesAbout(store, graphIri("bnu", "b1")), "one description, not two");
    }

    @Test
    void recordMovedToAnotherGraphLeavesItsOldGraphFreeForAnother() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        RecordMeta moved = new RecordMeta("bnu", "b1", graphIri("bnu", "b1-new"), null, "c2", "m1");
        RecordMeta taker = new RecordMeta("bnu", "b9", graphIri("bnu", "b1"), null, "c9", "m1");
        try (GraphStore.Batch batch = store.batch()) {
            assertEquals(Outcome.REPLACED, batch.put(moved, triples("bnu", "b1-new", 1)));
            assertEquals(Outcome.ADDED, batch.put(taker, triples("bnu", "b1", 3)));
            batch.commit();
        }
        assertTrue(graph(graphIri("bnu", "b1")).isIsomorphicWith(graphOf(triples("bnu", "b1", 3))));
        assertEquals(
                graphIri("bnu", "b1-new"),
                store.record("bnu", "b1").orElseThrow().meta().graphIri());
        assertEquals(
                graphIri("bnu", "b1"),
                store.record("bnu", "b9").orElseThrow().meta().graphIri());
    }

    @Test
    void recordDocumentIsTheGraphPlusItsDescription() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        Graph doc = store.recordDocument(graphIri("bnu", "b1")).orElseThrow();
        assertEquals(triples("bnu", "b1", 1).size() + 8, doc.size());
        assertTrue(doc.contains(uri(graphIri("bnu", "b1")), ColophonMeta.sourceId, Node.ANY));
        assertTrue(store.recordDocument(graphIri("bnu", "nothing")).isEmpty());
        assertTrue(store.recordDocument(ColophonMeta.META_GRAPH).isEmpty());
    }

    @Test
    void oneBatchCountsEachOutcome() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
        try (GraphStore.Batch batch = store.batch()) {
            batch.put(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
            batch.put(meta("bnu", "b2", 2, "m1"), triples("bnu", "b2", 2));
            batch.put(meta("bnu", "b3", 1, "m1"), triples("bnu", "b3", 1));
            batch.put(meta("bnu", "b4", 1, "m1"), triples("bnu", "b4", 1));
            batch.delete("bnu", "b4");
            assertEquals(new BatchCounts(2, 1, 1, 1, 0), batch.commit());
        }
        assertEquals(Set.of("b1", "b2", "b3"), ids("bnu"));
    }

    @Test
    void defaultGraphIsTheUnionOfRecordGraphs() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("nlc", "n1", 1, "m1"), triples("nlc", "n1", 1));
        String q = "PREFIX bf: <" + SyntheticBibframe.BF + "> SELECT ?t { ?w a bf:Work ; bf:title/bf:mainTitle ?t"
                + " FILTER(langMatches(lang(?t), 'zh-Hani')) }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, java.time.Duration.ofSeconds(10));
        Set<String> titles = rows.rows().stream()
                .map(b -> b.get("t").getLiteralLexicalForm())
                .collect(Collectors.toSet());
        assertEquals(Set.of("红楼梦 b1", "红楼梦 n1"), titles);
    }

    @Test
    void askAndConstructAnswerFromTheUnion() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        String bf = "PREFIX bf: <" + SyntheticBibframe.BF + "> ";
        var ask = (QueryResult.Ask) store.query(bf + "ASK { ?i bf:instanceOf ?w }", java.time.Duration.ofSeconds(5));
        assertTrue(ask.answer());
        var construct = (QueryResult.Triples)
                store.query(bf + "CONSTRUCT { ?w a bf:Work } WHERE { ?w a bf:Work }", java.time.Duration.ofSeconds(5));
        assertEquals(1, construct.graph().size());
    }

    @Test
    void slowQueryIsCancelledAtTheTimeout() {
        for (int i = 0; i < 4; i++) {
            putOne(meta("bnu", "b" + i, 5, "m1"), triples("bnu", "b" + i, 5));
        }
        assertThrows(
                org.apache.jena.query.QueryCancelledException.class,
                () -> store.query(
                        "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", java.time.Duration.ofMillis(200)));
    }

    @Test
    void statsCountRecordsAndTriplesPerSource() {
        assertEquals(0, store.stats().records());
        assertTrue(store.isEmpty());
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        assertFalse(store.isEmpty());
        putOne(meta("bnu", "b2", 2, "m1"), triples("bnu", "b2", 2));
        putOne(meta("nlc", "n1", 3, "m1"), triples("nlc", "n1", 3));

        StoreStats stats = store.stats();
        assertEquals(List.of("bnu", "nlc"), List.copyOf(stats.sources().keySet()));
        assertEquals(
                new StoreStats.SourceStats(
                        2,
                        triples("bnu", "b1", 1).size() + triples("bnu", "b2", 2).size()),
                stats.sources().get("bnu"));
        assertEquals(
                new StoreStats.SourceStats(1, triples("nlc", "n1", 3).size()),
                stats.sources().get("nlc"));
        assertEquals(4, stats.graphs(), "three record graphs and the metadata graph");
        assertEquals(store.record("nlc", "n1").orElseThrow().imported(), stats.lastImport());
    }

    @Test
    void deleteSourceRemovesOnlyThatSourcesRecords() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
        putOne(meta("nlc", "n1", 1, "m1"), triples("nlc", "n1", 1));

        assertEquals(2, store.deleteSource("bnu"));
        assertEquals(Set.of(), ids("bnu"));
        assertEquals(Set.of("n1"), ids("nlc"));
        assertEquals(2, store.stats().graphs());
    }

    @Test
    void recordIdStreamReleasesItsTransactionWhenClosedEarly() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
        try (Stream<String> ids = store.recordIds("bnu")) {
            assertTrue(ids.findFirst().isPresent());
        }
        assertEquals(1, store.delete("bnu", "b1").deleted(), "a batch on the same thread must be possible again");
    }

    @Test
    void tripleWithAVariableIsRefusedNamingTheRecord() {
        Triple bad = Triple.create(uri(graphIri("bnu", "b1") + "#Work"), Node.ANY, uri("urn:x"));
        try (GraphStore.Batch batch = store.batch()) {
            var e = assertThrows(
                    IllegalArgumentException.class, () -> batch.put(meta("bnu", "b1", 1, "m1"), List.of(bad)));
            assertTrue(e.getMessage().contains("bnu:b1"), e.getMessage());
        }
    }

    @Test
    void graphIriAlreadyHoldingAnotherRecordIsRefused() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        putOne(meta("bnu", "b2", 1, "m1"), triples("bnu", "b2", 1));
        RecordMeta clash = new RecordMeta("bnu", "b3", graphIri("bnu", "b1"), null, "abc", "m1");
        try (GraphStore.Batch batch = store.batch()) {
            var e = assertThrows(IllegalArgumentException.class, () -> batch.put(clash, triples("bnu", "b3", 1)));
            assertTrue(e.getMessage().contains("bnu:b1"), e.getMessage());
        }
    }

    @Test
    void reopenedStoreKeepsCommittedRecords() {
        putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1));
        store.close();
        store = fixture.open();
        assertEquals(Outcome.UNCHANGED, putOne(meta("bnu", "b1", 1, "m1"), triples("bnu", "b1", 1)));
    }

    private Outcome putOne(RecordMeta meta, List<Triple> triples) {
        try (GraphStore.Batch batch = store.batch()) {
            Outcome outcome = batch.put(meta, triples);
            batch.commit();
            return outcome;
        }
    }

    private Set<String> ids(String sourceId) {
        try (Stream<String> ids = store.recordIds(sourceId)) {
            return ids.collect(Collectors.toSet());
        }
    }

    private Graph graph(String iri) {
        return fixture.graph(store, iri);
    }

    static Graph graphOf(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }
}
