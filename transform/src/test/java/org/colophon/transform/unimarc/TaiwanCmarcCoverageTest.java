package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the records of the MARC 21 corpus that are read as UNIMARC — 17 Taiwan CMARC records from marc4j's
 * pride-and-prejudice file — leave no tag/subfield with data that no UNIMARC rule reads and {@code
 * rules/unimarc/dropped} does not list; and CMARC's 681 (New Classification Scheme for Chinese Libraries) and 676
 * {@code $b} are read. (hbz's MABxml record HT016424175, once read as UNIMARC too, is MAB2 and quarantined: {@link
 * Mab2RecordTest}.)
 */
class TaiwanCmarcCoverageTest {
    static final List<String> FILES = List.of("unimarc/cmarc-tw-pride-and-prejudice.mrc");

    @Test
    void everyPairOfTheRecordsReadAsUnimarcIsReadOrListed() throws Exception {
        Coverage coverage = new Coverage();
        Converter c = TestRecords.counting(coverage);
        long converted = 0;
        Graph all = GraphFactory.createDefaultGraph();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (String f : FILES) {
            try (RecordSource src =
                    FileRecordReader.open(TestRecords.resource(f), "lib", null, Quarantine.counting())) {
                converted += new ConversionRun(c, Quarantine.counting(), 1, null)
                        .run(src, r -> {
                            Graph g = GraphFactory.createDefaultGraph();
                            r.triples().forEach(g::add);
                            ValidationReport report = ShaclValidator.get().validate(UnimarcShapesTest.SHAPES, g);
                            if (!report.conforms()) {
                                violations.add(r.recordId() + ": "
                                        + report.getEntries().iterator().next().message());
                            }
                            synchronized (all) {
                                g.find().forEachRemaining(all::add);
                            }
                        })
                        .converted();
            }
        }
        assertEquals(List.of(), violations, "records that do not conform to the shapes");
        Coverage.Tally t = coverage.tally("unimarc");
        assertEquals(17, converted, t.line());
        assertTrue(t.pairs() > 100, t.line());
        assertEquals(List.of(), t.unread(), "with data, read by no rule and not in rules/unimarc/dropped: " + t.line());
        var snapshot = coverage.snapshot("unimarc");
        for (String read : List.of("681$a", "681$b", "681$v", "676$b", "225$d")) {
            assertTrue(snapshot.get(read)[1] > 0, read + " is read: " + t.line());
        }
        // 681 as a classification in the Taiwan scheme: class, book number and edition, without CMARC's closing period
        List<String> ncl = new ArrayList<>();
        String q =
                """
                PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?class ?item ?edition WHERE {
                  ?c bf:source/rdfs:label "中國圖書分類法" ; bf:classificationPortion ?class .
                  OPTIONAL { ?c bf:itemPortion ?item } OPTIONAL { ?c bf:edition ?edition }
                }""";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(all))) {
            qe.execSelect()
                    .forEachRemaining(
                            row -> ncl.add(row.get("class").asLiteral().getLexicalForm()
                                    + " "
                                    + (row.get("item") == null
                                            ? "-"
                                            : row.get("item").asLiteral().getLexicalForm())
                                    + " "
                                    + (row.get("edition") == null
                                            ? "-"
                                            : row.get("edition").asLiteral().getLexicalForm())));
        }
        // 16 681 fields, two of them in record 00050413, which the file holds twice (the same nodes both times)
        assertEquals(15, ncl.size(), "one per 681 field: " + ncl);
        assertTrue(ncl.contains("873.57 7955 增訂七版"), ncl.toString());
        assertTrue(
                ncl.stream().noneMatch(s -> s.contains(".-") || s.matches(".*\\.( |$).*")),
                new TreeSet<>(ncl).toString());
    }
}
