package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.RuleSet;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UNIMARC output has MARC 21's shape: every converted real and synthetic record passes the published shapes. */
class UnimarcShapesTest {
    static final Shapes SHAPES = org.colophon.vocab.Shapes.bibframe();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unimarc/bncf-unimarc-utf8.mrc",
                "unimarc/pymarc-testunimarc.dat",
                "unimarc/periouni-first100.mrc",
                "unimarc/periouni-links.mrc",
                "unimarc/bnu-cnmarcxml-sru.xml",
                "unimarc/bnu-unimarcxml-sru.xml",
                "unimarc/bnu-kormarcxml-sru.xml",
                "unimarc/synthetic/blocks.xml"
            })
    void convertedRecordsConformToTheShapes(String file) throws IOException {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .rules(RuleSet.fromClasspath("unimarc"))
                .build();
        List<String> failures = new ArrayList<>();
        int[] records = {0};
        Quarantine q = Quarantine.counting();
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(file), "lib", null, q)) {
            new ConversionRun(c, q, 1, null).run(src, r -> {
                records[0]++;
                Graph g = GraphFactory.createDefaultGraph();
                r.triples().forEach(g::add);
                ValidationReport report = ShaclValidator.get().validate(SHAPES, g);
                if (!report.conforms()) {
                    report.getEntries()
                            .forEach(e -> failures.add(r.recordId() + ": " + e.message() + " "
                                    + g.find(e.focusNode(), null, null).toList()));
                }
            });
        }
        assertTrue(records[0] > 0, "no records in " + file);
        assertEquals(0, q.count(), "quarantined in " + file);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " violations in " + file + ", first: "
                        + failures.subList(0, Math.min(5, failures.size())));
    }
}
