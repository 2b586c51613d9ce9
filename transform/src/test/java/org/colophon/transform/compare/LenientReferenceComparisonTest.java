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
    void aValueThatIsNotAnIriCostsThatValueNotTheRecord() {
        Map<String, Integer> skipped = new HashMap<>();
        Map<String, Graph> byRecord = RecordGraphs.read(REFERENCE, BASE, skipped);
        assertEquals(Set.of(ID), byRecord.keySet());
        // three values, each met more than once: " https://portal.dnb.de/…idn=1113302925" (the 100's agent, and the
        // authority of it and of the Hub's agent), …000361879 and …1065492103 (the 710s')
        assertEquals(Map.of(ID, 3), skipped);
        Graph g = byRecord.get(ID);
        g.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject()))
                assertFalse(
                        n.isURI() && (n.getURI().contains(" ") || n.getURI().startsWith(RecordGraphs.PLACEHOLDER)),
                        t::toString);
        });
        // the 100's agent is a blank node that keeps what is said of it: the contribution still names its agent
        Node work = NodeFactory.createURI(BASE + ID + "#Work");
        Node offenberger = NodeFactory.createLiteralString("Offenberger, Ursula");
        List<Node> agents = g.find(Node.ANY, LABEL, offenberger)
                .mapWith(t -> t.getSubject())
                .filterKeep(Node::isBlank)
                .toList();
        assertEquals(1, agents.size(), agents::toString);
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(BF + "agent"), agents.get(0)));
        assertTrue(g.contains(agents.get(0), NodeFactory.createURI(BF + "identifiedBy"), Node.ANY));
        assertTrue(g.contains(work, NodeFactory.createURI(BF + "contribution"), Node.ANY));

        List<MarcRecord> records = TestRecords.read("compare/uri-prefix/alma.xml");
        ComparisonResult r = new ReferenceComparison(byRecord, BASE, ReferenceRun.converter()).compare(records);
        assertEquals(1, r.records());
        assertEquals(0, r.unmatched());
        // the contributions, whose agents were named by a value that is not an IRI, are compared by their labels
        FamilyScore contributors = r.family("contributors");
        assertTrue(contributors.reference() >= 5, r::table);
        assertEquals(contributors.reference(), contributors.matched(), r::table);
    }

    /**
     * A placeholder something is said of becomes a blank node; one nothing is said of beyond its class (a role given
     * by IRI alone) is left out with the statements naming it; a literal typed by one is left out.
     */
    @Test
    void placeholdersBecomeBlankNodesOrAreLeftOut() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node work = NodeFactory.createURI(BASE + "1#Work");
        Node agent = NodeFactory.createURI(RecordGraphs.PLACEHOLDER + "1");
        Node role = NodeFactory.createURI(RecordGraphs.PLACEHOLDER + "2");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node p = NodeFactory.createURI(BF + "p");
        g.add(work, p, agent);
        g.add(agent, type, NodeFactory.createURI(BF + "Agent"));
        g.add(agent, LABEL, NodeFactory.createLiteralString("a name"));
        g.add(agent, AUTHORITY, agent);
        g.add(work, p, role);
        g.add(role, type, NodeFactory.createURI(BF + "Role"));
        g.add(
                work,
                p,
                NodeFactory.createLiteralDT(
                        "1999", new org.apache.jena.datatypes.BaseDatatype(RecordGraphs.PLACEHOLDER + "3")));
        RecordGraphs.resolvePlaceholders(g);
        List<Node> objects =
                g.find(work, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, objects.size(), g::toString);
        Node blank = objects.get(0);
        assertTrue(blank.isBlank());
        assertTrue(g.contains(blank, LABEL, NodeFactory.createLiteralString("a name")));
        assertTrue(g.contains(blank, type, NodeFactory.createURI(BF + "Agent")));
        assertTrue(g.contains(blank, AUTHORITY, blank));
        assertEquals(4, g.size(), g::toString);
    }

    /**
     * Run through xsltproc (a stand-in stylesheet that names agents by their {@code $0} as LoC's does), the record is
     * converted, not counted as failed, and the values that are not IRIs are counted.
     */
    @Test
    void theConverterIsNotCountedAsFailedOnSuchARecord() {
        assumeTrue(Marc2Bibframe2.xsltprocInstalled(), "xsltproc is not installed");
        Marc2Bibframe2.Result r = new Marc2Bibframe2(TestRecords.resource("compare/synthetic/zero-as-about.xsl"), BASE)
                .convert(TestRecords.read("compare/uri-prefix/alma.xml"));
        assertEquals(List.of(), r.failed());
        assertEquals(Set.of(ID), r.byRecord().keySet());
        // four agents (100, two 710, 751), each named "(uri) http://viaf.org/…": blank nodes with their labels
        assertEquals(Map.of(ID, 4), r.skipped());
        assertEquals(4, r.skippedIris());
        Graph g = r.byRecord().get(ID);
        assertTrue(g.contains(NodeFactory.createURI(BASE + ID + "#Work"), Node.ANY, Node.ANY));
        List<Node> agents = g.find(Node.ANY, NodeFactory.createURI(BF + "agent"), Node.ANY)
                .mapWith(t -> t.getObject())
                .toList();
        assertEquals(4, agents.size());
        for (Node a : agents) assertTrue(a.isBlank() && g.contains(a, LABEL, Node.ANY), a::toString);
    }
}
