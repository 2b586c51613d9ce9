package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.api.Test;

/**
 * ruby-marc's {@code cp866_unimarc.marc} (here {@code cp866-undeclared.marc}) is one record in ISO 2709 whose fields
 * have no indicators and no subfields (leader/10-11 '00'): the title is in 021, an abstract in 100, none of UNIMARC's
 * or MARC 21's tags in their sense. It was quarantined with "no title (no 245 ...)", as if a MARC 21 record had lost
 * its title; the reason now names what is wrong with it, in every dialect the run may be told.
 */
class NotMarcRecordTest {

    record Rejected(String stage, String reason) {}

    private static List<Rejected> convert(String file, Dialect dialect) throws IOException {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .dialect(dialect)
                .build();
        List<Rejected> out = new java.util.concurrent.CopyOnWriteArrayList<>();
        Quarantine q = new Quarantine() {
            @Override
            public void put(SourceRecord record, String stage, String reason) {
                out.add(new Rejected(stage, reason));
            }

            @Override
            public long count() {
                return out.size();
            }
        };
        List<String> converted = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(file), "lib", null, q)) {
            new ConversionRun(c, q, 1, null).run(src, r -> converted.add(r.graphIri()));
        }
        assertEquals(List.of(), converted, "converted from " + file);
        return out;
    }

    @Test
    void theCp866RecordIsQuarantinedForHavingNoSubfieldsNotForMissingA245() throws IOException {
        for (Dialect d : Arrays.asList(null, Dialect.UNIMARC, Dialect.RUSMARC, Dialect.MARC21)) {
            List<Rejected> q = convert("unimarc/cp866-undeclared.marc", d);
            assertEquals(1, q.size(), "quarantined, read as " + d);
            Rejected r = q.get(0);
            assertEquals("decode", r.stage(), r.reason());
            assertTrue(r.reason().startsWith("cp866-undeclared.marc#1@0: not a MARC 21 or UNIMARC record"), r.reason());
            assertTrue(r.reason().contains("none of its 11 fields past 00X (021, 035, 036, 042,"), r.reason());
            assertTrue(r.reason().contains("leader/10-11 '00'"), r.reason());
            assertFalse(r.reason().contains("245"), r.reason());
        }
    }

    @Test
    void realMarc21AndUnimarcRecordsAreNotTakenForIt() {
        for (String file : List.of(
                "marc/bu_bibs.mrc",
                "unimarc/periouni-first100.mrc",
                "unimarc/bncf-unimarc-utf8.mrc",
                "unimarc/bnu-cnmarcxml-sru.xml")) {
            var records = TestRecords.read(file);
            assertFalse(records.isEmpty(), file);
            for (var m : records) assertNull(DialectDecoder.notMarc(m), file + " " + m.controlNumber());
        }
    }
}
