package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * LoC's output read record by record: three real records whose 650s share the authority {@code sh85046105}, which
 * LoC makes the subject node itself, each with its own subdivisions.
 */
class RecordGraphsTest {
    private static final String BASE = "http://example.org/";
    private static final Path REFERENCE = TestRecords.resource("compare/shared-authority/bu-bibs-excavations.bf.rdf");
    private static final Node AUTHORITY = NodeFactory.createURI("http://id.loc.gov/authorities/subjects/sh85046105");
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    @Test
    void eachRecordsGraphHoldsOnlyItsOwnHeadingOnTheSharedNode() {
        Map<String, Graph> byRecord = RecordGraphs.read(REFERENCE, BASE);
        assertEquals(Set.of("99177201570001161", "99176930100001161", "99176929070001161"), byRecord.keySet());
        assertEquals(Set.of("Excavations (Archaeology)"), labels(byRecord.get("99176929070001161")));
        assertEquals(Set.of("Excavations (Archaeology)--Central America"), labels(byRecord.get("99176930100001161")));
        // read as one graph, the node carries every record's heading
        assertEquals(3, labels(ReferenceComparison.readReference(REFERENCE)).size());
        assertEquals(3, labels(RecordGraphs.union(byRecord)).size());
        for (Graph g : byRecord.values())
            assertTrue(
                    g.contains(Node.ANY, Node.ANY, Node.ANY) && g.size() > 50, "a record's graph is its whole record");
    }

    @Test
    void eachRecordIsJudgedOnItsOwnHeadingsNotOnThoseOfRecordsSharingTheAuthority() {
        List<MarcRecord> records = TestRecords.read("compare/shared-authority/bu-bibs-excavations.mrc");
        assertEquals(3, records.size());
        var converter = ReferenceRun.converter();
        ComparisonResult whole =
                new ReferenceComparison(ReferenceComparison.readReference(REFERENCE), BASE, converter).compare(records);
        ComparisonResult perRecord =
                new ReferenceComparison(RecordGraphs.read(REFERENCE, BASE), BASE, converter).compare(records);
        assertEquals(3, perRecord.records());
        Set<String> wholeMisses = subjectMisses(whole, "99176929070001161");
        Set<String> ownMisses = subjectMisses(perRecord, "99176929070001161");
        // the record has no subdivision "Central America": only read as one graph is it asked for
        assertTrue(wholeMisses.stream().anyMatch(m -> m.contains("central america")), wholeMisses::toString);
        assertFalse(ownMisses.stream().anyMatch(m -> m.contains("central america")), ownMisses::toString);
        assertTrue(
                perRecord.family("subjects").reference()
                        < whole.family("subjects").reference(),
                "the other records' headings are not this record's reference values");
    }

    private static Set<String> labels(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find(AUTHORITY, LABEL, Node.ANY).forEach(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static Set<String> subjectMisses(ComparisonResult r, String record) {
        Set<String> out = new TreeSet<>();
        for (Miss m : r.misses()) if (m.record().equals(record) && m.family().equals("subjects")) out.add(m.value());
        return out;
    }

    /**
     * Princeton's dataset holds two records twice (001 {@code 4609321}, {@code 4609990}); LoC's output has a Work and
     * an Instance for each copy. Each copy is read apart, the second as {@code 001~2}, and compared with its own.
     */
    @Test
    void copiesOfARecordAreReadApartAndEachComparedWithItsOwn() {
        Map<String, Graph> byRecord = ReferenceRun.reference("princeton");
        Graph whole = ReferenceComparison.readReference(TestRecords.resource("bibframe-reference/princeton.bf.rdf"));
        Node title = NodeFactory.createURI(BF + "title");
        for (String id : List.of("4609321", "4609990")) {
            Graph first = byRecord.get(id);
            Graph second = byRecord.get(RecordGraphs.key(id, 2));
            assertTrue(second != null, "no second copy of " + id + " in " + byRecord.keySet());
            Node work = NodeFactory.createURI(BASE + id + "#Work");
            Node instance = NodeFactory.createURI(BASE + id + "#Instance");
            // read as one graph, the Work has both copies' titles (blank nodes): each copy's graph has half
            int both = whole.find(work, title, Node.ANY).toList().size();
            assertTrue(both > 0 && both % 2 == 0, "titles of both copies: " + both);
            for (Graph g : List.of(first, second)) {
                assertTrue(g.contains(work, Node.ANY, Node.ANY) && g.contains(instance, Node.ANY, Node.ANY));
                assertEquals(both / 2, g.find(work, title, Node.ANY).toList().size());
            }
            assertEquals(first.size(), second.size());
        }
        assertEquals(99, byRecord.size());
        ComparisonResult r = new ReferenceComparison(byRecord, BASE, ReferenceRun.converter())
                .compare(ReferenceRun.records("princeton"));
        assertEquals(99, r.records());
        assertEquals(0, r.unmatched());
    }

    /** Copies added from a further reference come after those already there. */
    @Test
    void aFurtherReferencesCopiesComeAfterThoseAlreadyThere() {
        Map<String, Graph> into = new java.util.HashMap<>(ReferenceRun.reference("princeton"));
        Map<String, Graph> more = ReferenceRun.reference("princeton");
        RecordGraphs.addCopies(into, more);
        assertEquals(198, into.size());
        assertTrue(into.get(RecordGraphs.key("4609321", 4)) == more.get(RecordGraphs.key("4609321", 2)));
        assertTrue(into.get(RecordGraphs.key("4788443", 2)) == more.get("4788443"));
    }
}
