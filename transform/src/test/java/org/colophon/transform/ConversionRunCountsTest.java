package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The summary line adds up: every record read is either converted or quarantined, whichever stage gave up on it. */
class ConversionRunCountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"marc/illegal-marc-in-json.json", "marc/bad_records.mrc", "marc/zdb-sru-marcxmlplus.xml"})
    void everyRecordReadIsConvertedOrQuarantined(String file) throws Exception {
        Quarantine q = Quarantine.counting();
        ConversionRun.Summary s;
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(file), "lib", null, q)) {
            s = new ConversionRun(Converter.builder().build(), q, 2, null).run(src, c -> {});
        }
        assertTrue(s.read() > 0, file);
        assertEquals(s.read(), s.converted() + s.quarantined(), file + ": " + s.line());
        assertEquals(q.count(), s.quarantined(), file);
    }
}
