package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
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
import org.colophon.transform.marc.CorpusFiles;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: over every real UNIMARC, CNMARC and RUSMARC record of the shared corpus ({@code ../shared/corpus/unimarc},
 * skipped when it is not there) and of this module's test resources, each tag/subfield with data is read by a rule
 * or listed in {@code rules/unimarc/dropped}, left out on purpose or not mapped yet, each with its reason — as
 * {@code marc.CorpusCoverageTest} holds for MARC 21; and every converted record conforms to the shapes.
 */
class UnimarcCorpusCoverageTest {

    @Test
    void everyTagAndSubfieldOfTheRealUnimarcRecordsIsReadOrListed() throws IOException {
        Path corpus = CorpusFiles.sharedCorpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("unimarc")), CorpusFiles.NOT_FOUND);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus.resolve("unimarc"))) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (String f : UnimarcCoverageTest.REAL) files.add(TestRecords.resource(f));
        Coverage coverage = new Coverage();
        Converter c = TestRecords.counting(coverage);
        long converted = 0;
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Path f : files) {
            RecordSource src;
            try {
                src = FileRecordReader.open(f, "corpus", null, Quarantine.counting());
            } catch (IOException notRecords) {
                continue; // SOURCES.md, the holdings text file: not record files
            }
            try (src) {
                converted += new ConversionRun(c, Quarantine.counting(), 1, null)
                        .run(src, r -> {
                            // and the output keeps MARC 21's shape, record by record
                            Graph g = GraphFactory.createDefaultGraph();
                            r.triples().forEach(g::add);
                            ValidationReport report = ShaclValidator.get().validate(UnimarcShapesTest.SHAPES, g);
                            if (!report.conforms() && violations.size() < 5) {
                                violations.add(r.recordId() + ": "
                                        + report.getEntries().iterator().next().message());
                            }
                        })
                        .converted();
            }
        }
        Coverage.Tally t = coverage.tally("unimarc");
        assertTrue(converted > 3000, "the corpus was read: " + converted + " records; " + t.line());
        assertTrue(t.pairs() > 400 && t.read() > 330, t.line());
        assertEquals(List.of(), t.unread(), "with data, read by no rule and not in rules/unimarc/dropped: " + t.line());
        assertEquals(List.of(), violations, "records that do not conform to the shapes");
        var snapshot = coverage.snapshot("unimarc");
        // 4XX standard subfields describe the linked manifestation (periouni's 441 $c $n $d), 801 $h the agency's
        // number
        assertTrue(snapshot.get("441$n")[1] > 0 && snapshot.get("801$h")[1] > 0, t.line());
        assertEquals(0, snapshot.get("856$r")[1], "856 $r (connection settings) is left out on purpose");
    }
}
