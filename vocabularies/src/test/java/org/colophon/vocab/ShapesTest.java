package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static Graph graph(String file) {
        return RDFDataMgr.loadGraph(
                ShapesTest.class.getResource("graphs/" + file).toString());
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(Shapes.bibframe(), data);
    }

    @Test
    void bibframeShapesParse() {
        org.apache.jena.shacl.Shapes shapes = Shapes.bibframe();
        assertTrue(shapes.numRootShapes() >= 6, "shapes with targets: " + shapes.numRootShapes());
    }

    @Test
    void handWrittenRecordConforms() {
        ValidationReport report = validate(graph("conforming-record.ttl"));
        assertTrue(report.conforms(), () -> reportText(report));
    }

    @Test
    void instanceWithoutTitleFailsNamingTheInstance() {
        ValidationReport report = validate(graph("instance-without-title.ttl"));
        assertFalse(report.conforms());
        Set<String> focusNodes =
                report.getEntries().stream().map(e -> e.focusNode().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of("http://example.org/r/1#Instance"), focusNodes, reportText(report));
        ReportEntry entry = report.getEntries().iterator().next();
        assertTrue(entry.message().contains("bf:title"), entry.message());
    }

    @Test
    void contributionWithoutRoleFails() {
        Graph data = graph("conforming-record.ttl");
        data.find(null, BF.role, null).toList().forEach(data::delete);
        ValidationReport report = validate(data);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().allMatch(e -> e.message().contains("bf:role")), reportText(report));
    }

    @Test
    void identifierWithoutValueAndItemWithoutInstanceFail() {
        Graph data = graph("conforming-record.ttl");
        data.find(null, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value"), null)
                .toList()
                .forEach(data::delete);
        data.find(null, BF.itemOf, null).toList().forEach(data::delete);
        ValidationReport report = validate(data);
        Set<String> messages =
                report.getEntries().stream().map(ReportEntry::message).collect(Collectors.toSet());
        assertTrue(messages.stream().anyMatch(m -> m.contains("rdf:value")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("bf:itemOf")), messages.toString());
    }

    @Test
    void workMissingItsTypeFails() {
        Graph data = graph("conforming-record.ttl");
        data.delete(org.apache.jena.graph.Triple.create(
                NodeFactory.createURI("http://example.org/r/1#Work"),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                BF.Work));
        ValidationReport report = validate(data);
        assertFalse(report.conforms());
        assertTrue(
                report.getEntries().stream()
                        .anyMatch(e -> e.focusNode().getURI().equals("http://example.org/r/1#Work")),
                reportText(report));
    }

    private static String reportText(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }
}
