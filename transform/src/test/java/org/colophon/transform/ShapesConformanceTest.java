package org.colophon.transform;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every record converted from the real test files conforms to the shapes Colophon publishes for its output. */
class ShapesConformanceTest {
    static final Shapes SHAPES = org.colophon.vocab.Shapes.bibframe();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "marc/bu_bibs.mrc",
                "marc/sample_marcxml_sru.xml",
                "marc/marc2bibframe2-880-100-600-700-700t.xml",
                "marc/test_data.utf8.mrc",
                "marc/IRMARC8.bin",
                "marc/zdb-sru-marcxmlplus.xml",
                "marc/bad_records.mrc",
                "marc/marc8.dat",
                "marc/utf8_multirecord.marc"
            })
    void convertedRecordsConformToTheShapes(String file) throws IOException {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        List<String> failures = new ArrayList<>();
        int[] records = {0};
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(file), "lib", null, Quarantine.counting())) {
            new ConversionRun(c, Quarantine.counting(), 1, null).run(src, r -> {
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
        assertTrue(
                failures.isEmpty(),
                failures.size() + " violations in " + file + ", first: "
                        + failures.subList(0, Math.min(5, failures.size())));
    }
}
