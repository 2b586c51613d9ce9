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
}
