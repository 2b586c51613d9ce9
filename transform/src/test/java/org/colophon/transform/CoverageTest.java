package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/** Coverage counts, per tag and subfield, the fields that had it and the fields where a rule read it. */
class CoverageTest {

    @Test
    void subfieldsRulesReadAreUsedAndLocalFieldsAreNot() throws Exception {
        Coverage coverage = new Coverage();
        Converter c = TestRecords.counting(coverage);
        MarcRecord r = TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml");
        c.map("loc", r.controlNumber(), r);
        Map<String, long[]> s = coverage.snapshot();
        assertArrayEquals(new long[] {1, 1}, s.get("245$a"), "title proper");
        assertArrayEquals(new long[] {1, 1}, s.get("245$c"), "statement of responsibility");
        assertArrayEquals(new long[] {1, 0}, s.get("906$a"), "a local LC field no rule reads");
        assertArrayEquals(new long[] {1, 0}, s.get("066$c"), "character sets present: not mapped");
        // 880 partners of mapped fields count as used when their parallel values were read
        assertEquals(s.get("880$a")[0], s.get("880$a")[1], "every 880 $a was paired and read");
        assertArrayEquals(new long[] {1, 1}, s.get("008"), "008 positions are read");

        StringWriter tsv = new StringWriter();
        coverage.writeTsv(tsv);
        assertEquals(
                "field\tseen\tused\tpercent_used\tnote",
                tsv.toString().lines().findFirst().orElseThrow());
        // 906 is a local field (9XX): listed as dropped, with the reason, in rules/marc21/dropped
        assertEquals(
                true,
                tsv.toString().contains("\n906$a\t1\t0\t0\tdropped: local field: its meaning is the library's own"),
                tsv.toString());
        assertEquals(true, tsv.toString().contains("\n245$a\t1\t1\t100\t\n"), tsv.toString());
        Coverage.Tally t = coverage.tally("marc21");
        assertEquals(List.of(), t.unread(), t.line());
        assertEquals(true, t.line().startsWith("marc21: "), t.line());
    }
}
