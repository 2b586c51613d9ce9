package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.junit.jupiter.api.Test;

/** The Boston University records whose bytes are damaged convert as the cataloguer wrote them, and are counted. */
class DamagedRecordsConversionTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    @Test
    void doubleEncodedUtf8TitleIsRepairedInTheBibframe() {
        MarcRecord r = TestRecords.first("marc/double-encoded-utf8-twice.mrc");
        Graph g = graph(Converter.builder().build().map("bu", r.controlNumber(), r));
        Set<String> titles = objects(g, BF + "mainTitle");
        assertEquals(Set.of("Th\u00e9\u00e2tre, litt\u00e9rature et soci\u00e9t\u00e9 au Moyen \u00c2ge"), titles);
    }

    @Test
    void subjectArtModernStaysASubjectAndBecomesNoMeeting() {
        MarcRecord r = TestRecords.first("marc/stray-field-terminators.mrc");
        String iri = "http://localhost:3030/bu/" + r.controlNumber();
        Graph g = graph(Converter.builder().build().map("bu", r.controlNumber(), r));
        Node work = NodeFactory.createURI(iri + "#Work");
        Set<String> subjects = new TreeSet<>();
        for (Triple t :
                g.find(work, NodeFactory.createURI(BF + "subject"), Node.ANY).toList())
            subjects.addAll(labels(g, t.getObject()));
        assertTrue(
                subjects.containsAll(List.of(
                        "Art, Modern--19th century--Themes, motives--Exhibitions",
                        "Art, Modern--20th century--Themes, motives--Exhibitions",
                        "Art, Modern--21st century--Themes, motives--Exhibitions",
                        "Utopias in art",
                        "Disappointment")),
                subjects::toString);
        Set<String> meetings = new TreeSet<>();
        for (Triple t : g.find(Node.ANY, RDF_TYPE, NodeFactory.createURI(BF + "Meeting"))
                .toList()) meetings.addAll(labels(g, t.getSubject()));
        assertEquals(Set.of("Universal Forum of (1st : 2004 Barcelona, Spain)"), meetings);
    }

    @Test
    void repairsOfTheBostonRecordsAreCountedInTheSummary() throws Exception {
        Quarantine q = Quarantine.counting();
        ConversionRun.Summary s;
        try (RecordSource src = FileRecordReader.open(TestRecords.resource("marc/bu_bibs.mrc"), "bu", null, q)) {
            s = new ConversionRun(Converter.builder().build(), q, 2, null).run(src, c -> {});
        }
        assertEquals(100, s.converted(), s.line());
        assertEquals(16, s.repaired());
        assertEquals(16, s.repairs(Repair.DOUBLE_ENCODED_UTF8));
        assertEquals(16, s.repairs(Repair.CHARSET_LABEL));
        assertEquals(16, s.repairs(Repair.DIRECTORY));
        assertEquals(8, s.repairs(Repair.STRAY_TERMINATOR));
        assertTrue(
                s.line()
                        .startsWith("read 100, converted 100, quarantined 0, repaired 16 (charset label 16,"
                                + " double-encoded UTF-8 16, directory 16, stray field terminators 8), triples "),
                s.line());
    }

    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private static Graph graph(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    private static Set<String> objects(Graph g, String property) {
        Set<String> out = new TreeSet<>();
        for (Triple t :
                g.find(Node.ANY, NodeFactory.createURI(property), Node.ANY).toList())
            out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    private static Set<String> labels(Graph g, Node n) {
        Set<String> out = new TreeSet<>();
        for (Triple t : g.find(n, NodeFactory.createURI(RDFS_LABEL), Node.ANY).toList())
            out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }
}
