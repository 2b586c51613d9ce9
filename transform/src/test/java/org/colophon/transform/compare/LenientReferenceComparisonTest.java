package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * LoC's output for a record whose {@code $0} are written {@code (uri) http://…} (a real Alma record, xbib's
 * {@code alma.xml}): the stylesheet copies them into {@code rdf:about}/{@code rdf:resource} values that are not IRIs,
 * which Jena's RDF/XML parser refuses. Read leniently, each such value costs the statements that hold it, not the
 * record.
 */
class LenientReferenceComparisonTest {
    private static final String BASE = "http://example.org/";
    private static final String ID = "990214600110206441";
    private static final Path REFERENCE = TestRecords.resource("compare/uri-prefix/alma.bf.rdf");
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node AUTHORITY =
            NodeFactory.createURI("http://www.loc.gov/mads/rdf/v1#isIdentifiedByAuthority");

    @Test
    void readStrictlyTheWholeOutputIsRefused() {
        assertThrows(RiotException.class, () -> ReferenceComparison.readReference(REFERENCE));
    }

    @Test
    void aValueThatIsNotAnIriCostsItsStatementsNotTheRecord() {
        Map<String, Integer> skipped = new HashMap<>();
        Map<String, Graph> byRecord = RecordGraphs.read(REFERENCE, BASE, skipped);
        assertEquals(Set.of(ID), byRecord.keySet());
        assertEquals(Set.of(ID), skipped.keySet());
        Graph g = byRecord.get(ID);
        g.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject()))
                assertFalse(
                        n.isURI() && (n.getURI().contains(" ") || n.getURI().startsWith(RecordGraphs.PLACEHOLDER)),
                        t::toString);
        });
        // the 100's agent, named " https://portal.dnb.de/…idn=1113302925", is gone with what only it reached (its
        // identifier 1113302925 and that identifier's source): 6 statements on the agent, 1 linking it, 3 on the
        // identifier, 2 on its source
        Node work = NodeFactory.createURI(BASE + ID + "#Work");
        Node hubAgent = NodeFactory.createURI(BASE + ID + "#Hub240-19-Agent");
        assertTrue(g.contains(work, NodeFactory.createURI(BF + "contribution"), Node.ANY));
        assertFalse(g.find(Node.ANY, LABEL, NodeFactory.createLiteralString("Offenberger, Ursula"))
                .filterKeep(t -> !t.getSubject().equals(hubAgent))
                .hasNext());
        // the Hub's agent has an IRI of its own: only its link to the authority " https://…" is left out
        assertTrue(g.contains(hubAgent, LABEL, NodeFactory.createLiteralString("Offenberger, Ursula")));
        assertFalse(g.contains(hubAgent, AUTHORITY, Node.ANY));
        assertTrue(g.contains(hubAgent, NodeFactory.createURI(BF + "identifiedBy"), Node.ANY));
        assertTrue(skipped.get(ID) >= 12, skipped::toString);

        List<MarcRecord> records = TestRecords.read("compare/uri-prefix/alma.xml");
        ComparisonResult r = new ReferenceComparison(byRecord, BASE, ReferenceRun.converter()).compare(records);
        assertEquals(1, r.records());
        assertEquals(0, r.unmatched());
        assertTrue(r.family("titles").reference() > 0 && r.family("subjects").reference() > 0, r::table);
    }

    /** Placeholders are dropped with the blank nodes only they reached, not with those still reached otherwise. */
    @Test
    void aBlankNodeStillReachedIsKept() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node work = NodeFactory.createURI(BASE + "1#Work");
        Node bad = NodeFactory.createURI(RecordGraphs.PLACEHOLDER + "1");
        Node only = NodeFactory.createBlankNode();
        Node shared = NodeFactory.createBlankNode();
        Node p = NodeFactory.createURI(BF + "p");
        g.add(work, p, bad);
        g.add(bad, p, only);
        g.add(only, LABEL, NodeFactory.createLiteralString("only"));
        g.add(bad, p, shared);
        g.add(work, p, shared);
        g.add(shared, LABEL, NodeFactory.createLiteralString("shared"));
        assertEquals(5 - 1, RecordGraphs.dropPlaceholders(g));
        assertEquals(2, g.size());
        assertTrue(g.contains(shared, LABEL, Node.ANY));
    }

    /**
     * Run through xsltproc (a stand-in stylesheet that names agents by their {@code $0} as LoC's does), the record is
     * converted, not counted as failed, and the statements left out are counted.
     */
    @Test
    void theConverterIsNotCountedAsFailedOnSuchARecord() {
        assumeTrue(Marc2Bibframe2.xsltprocInstalled(), "xsltproc is not installed");
        Marc2Bibframe2.Result r = new Marc2Bibframe2(TestRecords.resource("compare/synthetic/zero-as-about.xsl"), BASE)
                .convert(TestRecords.read("compare/uri-prefix/alma.xml"));
        assertEquals(List.of(), r.failed());
        assertEquals(Set.of(ID), r.byRecord().keySet());
        // four agents (100, two 710, 751), each its link, type and label
        assertEquals(Map.of(ID, 12), r.skipped());
        assertEquals(12, r.skippedStatements());
        Graph g = r.byRecord().get(ID);
        assertTrue(g.contains(NodeFactory.createURI(BASE + ID + "#Work"), Node.ANY, Node.ANY));
        assertEquals(
                4,
                g.find(Node.ANY, NodeFactory.createURI(BF + "contribution"), Node.ANY)
                        .toList()
                        .size());
        assertFalse(
                g.find(Node.ANY, NodeFactory.createURI(BF + "agent"), Node.ANY).hasNext());
    }
}
