package org.colophon.transform.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: over every record of the shared corpus (skipped when it is not there), each MARC 21 bibliographic
 * tag/subfield with data is read by a rule or listed in {@code rules/marc21/dropped}, left out on purpose or not
 * mapped yet, each with its reason.
 */
class CorpusCoverageTest {

    @Test
    void everyTagAndSubfieldOfTheCorpusIsReadOrListedAsDropped() throws IOException {
        Path corpus = CorpusFiles.sharedCorpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("marc21")), CorpusFiles.NOT_FOUND);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus.resolve("marc21"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Coverage coverage = new Coverage();
        Converter c = TestRecords.counting(coverage);
        for (Path f : files) {
            RecordSource src;
            try {
                src = FileRecordReader.open(f, "corpus", null, Quarantine.counting());
            } catch (IOException notRecords) {
                continue; // SOURCES.md, .mrk line files, licences: not record files
            }
            try (src) {
                new ConversionRun(c, Quarantine.counting(), 1, null).run(src, r -> {});
            }
        }
        Coverage.Tally t = coverage.tally("marc21");
        assertTrue(t.pairs() > 5000, "the corpus was read: " + t.line());
        assertTrue(t.read() > 900, t.line());
        assertEquals(List.of(), t.unread(), "with data, read by no rule and not in rules/marc21/dropped: " + t.line());
        // what the list names is what the TSV says: a dropped field with its reason (DroppedTest reads `later` lines);
        // issue 10's aim: every field LoC maps is read, or left out on purpose with a reason, none "not mapped yet"
        assertTrue(t.dropped() > 0, t.line());
        assertEquals(0, t.later(), "listed as not mapped yet in rules/marc21/dropped: " + t.line());
        var snapshot = coverage.snapshot("marc21");
        assertEquals(0, snapshot.get("040$c")[1], "040 $c is left out on purpose, not read");
        assertTrue(snapshot.get("003")[1] > 0, "003 names the assigner of the 001 control number");
    }
}
