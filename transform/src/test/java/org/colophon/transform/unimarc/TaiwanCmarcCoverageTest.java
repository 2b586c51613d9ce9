package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the records of the MARC 21 corpus that are read as UNIMARC — 17 Taiwan CMARC records from marc4j's
 * pride-and-prejudice file and hbz's MABxml record HT016424175 — leave no tag/subfield with data that no UNIMARC
 * rule reads and {@code rules/unimarc/dropped} does not list; and CMARC's 681 (New Classification Scheme for Chinese
 * Libraries) and 676 {@code $b} are read.
 */
class TaiwanCmarcCoverageTest {
    static final List<String> FILES =
            List.of("unimarc/cmarc-tw-pride-and-prejudice.mrc", "unimarc/hbz-mabxml-HT016424175.xml");

    @Test
    void everyPairOfTheRecordsReadAsUnimarcIsReadOrListed() throws Exception {
        Coverage coverage = new Coverage();
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .coverage(coverage)
                .build();
        long converted = 0;
        for (String f : FILES) {
            try (RecordSource src =
                    FileRecordReader.open(TestRecords.resource(f), "lib", null, Quarantine.counting())) {
                converted += new ConversionRun(c, Quarantine.counting(), 1, null)
                        .run(src, r -> {})
                        .converted();
            }
        }
        Coverage.Tally t = coverage.tally("unimarc");
        assertEquals(18, converted, t.line());
        assertTrue(t.pairs() > 100, t.line());
        assertEquals(List.of(), t.unread(), "with data, read by no rule and not in rules/unimarc/dropped: " + t.line());
        var snapshot = coverage.snapshot("unimarc");
        for (String read : List.of("681$a", "681$b", "681$v", "676$b", "225$d")) {
            assertTrue(snapshot.get(read)[1] > 0, read + " is read: " + t.line());
        }
    }
}
