package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.marc4j.converter.impl.AnselToUnicode;

/**
 * Every record's decoding and mapping runs under a guard. The runaway here is real: marc4j's MARC-8 converter given the
 * bytes of the first record of xbib's {@code IRMARC8.bin} with the byte after one ESC flipped (damage made by this
 * test) loops forever in {@code AnselToUnicode.checkMode}. Our decoder no longer hands it such bytes, so the test
 * calls marc4j directly inside the guarded work of one record, as any other library might loop.
 */
class RecordGuardTest {

    private static List<SourceRecord> irmarc8() throws Exception {
        byte[] all = Files.readAllBytes(TestRecords.resource("marc/IRMARC8.bin"));
        List<SourceRecord> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] != 0x1D) continue;
            out.add(SourceRecord.fromFile(
                    "lib",
                    "IRMARC8.bin#" + (out.size() + 1) + "@" + from,
                    RecordFormat.MARC21,
                    Arrays.copyOfRange(all, from, i + 1)));
            from = i + 1;
        }
        return out;
    }

    /** The record's bytes with {@code ESC ( B} after {@code ESC $ 1} flipped to {@code ESC 0x08 B}, as chars. */
    private static char[] flipped(byte[] raw) {
        String s = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        int back = s.indexOf("\u001b(B", s.indexOf("\u001b$1"));
        char[] c = s.toCharArray();
        c[back + 1] = 0x08;
        return c;
    }

    @Test
    void aRecordThatRunsAwayIsQuarantinedAndTheRunGoesOn() throws Exception {
        List<SourceRecord> recs = irmarc8();
        assertEquals(10, recs.size());
        List<String> reasons = new ArrayList<>();
        Quarantine q = new Quarantine() {
            private long n;

            @Override
            public synchronized void put(SourceRecord record, String stage, String reason) {
                n++;
                reasons.add(stage + ": " + reason);
            }

            @Override
            public synchronized long count() {
                return n;
            }
        };
        ConversionRun run = new ConversionRun(Converter.builder().build(), q, 2, null)
                .limits(Duration.ofSeconds(2), ConversionRun.DEFAULT_MAX_RECORD_BYTES, 200_000);
        run.beforeDecode = r -> {
            if (r.locator().startsWith("IRMARC8.bin#1@"))
                new AnselToUnicode((severity, message) -> {}).convert(flipped(r.raw()));
        };
        Iterator<SourceRecord> it = recs.iterator();
        List<String> converted = new ArrayList<>();
        ConversionRun.Summary s = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> run.run(it, c -> converted.add(c.source().locator())));
        assertEquals(10, s.read());
        assertEquals(s.read(), s.converted() + s.quarantined(), s.line());
        assertTrue(
                reasons.stream()
                        .anyMatch(x -> x.startsWith("guard: IRMARC8.bin#1@0: ")
                                && x.contains("after 2 s, the limit per record")),
                reasons.toString());
        assertTrue(converted.size() >= 8, "the records after it went through: " + converted);
        assertTrue(converted.stream().noneMatch(l -> l.startsWith("IRMARC8.bin#1@")));
    }

    @Test
    void aRecordOverTheSizeLimitIsQuarantinedNamingTheLimit() throws Exception {
        List<SourceRecord> recs = irmarc8();
        List<String> reasons = new ArrayList<>();
        Quarantine q = new Quarantine() {
            @Override
            public synchronized void put(SourceRecord record, String stage, String reason) {
                reasons.add(stage + ": " + reason);
            }

            @Override
            public synchronized long count() {
                return reasons.size();
            }
        };
        int largest = recs.stream().mapToInt(r -> r.raw().length).max().orElseThrow();
        ConversionRun.Summary s = new ConversionRun(Converter.builder().build(), q, 1, null)
                .limits(Duration.ofSeconds(30), largest - 1, 200_000)
                .run(recs.iterator(), c -> {});
        assertTrue(s.quarantined() >= 1, s.line());
        assertTrue(
                reasons.stream().anyMatch(x -> x.contains("bytes, over the limit of " + (largest - 1))),
                reasons.toString());
    }
}
