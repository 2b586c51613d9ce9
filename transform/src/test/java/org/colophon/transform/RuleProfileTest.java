package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colophon.transform.internal.LineCounts;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * The per-line counts of {@link RuleProfile} ({@code colophon-bench convert --profile-rules}): on a real record with
 * six 650s (three with second indicator 6), two 651s and one 245, a small rule set's lines run and give as often as
 * the record says they must; a block's line is counted once for every rule that uses it; a node not made runs none
 * of its lines; counting changes nothing in the output. Times are only checked to add up (own time within the line's
 * time), never against a clock.
 */
class RuleProfileTest {
    private final MarcRecord record = TestRecords.first("rules/6XX/loc_general-16965926.xml");

    private static final String RULES = String.join(
            "\n",
            "block label", // 1
            "    rdfs:label!  $a | strip", // 2: used by the 650 and the 651 rule
            "650 -> Work bf:subject [bf:Topic]", // 3
            "    use label", // 4
            "    bf:note [bf:Note]", // 5: no 650 of the record has a $3: never made
            "        rdfs:label!  $3 | trim", // 6
            "651 -> Work bf:subject [bf:Place]", // 7
            "    use label", // 8
            "650 -> Work bf:genreForm [bf:GenreForm]   if ind2=6", // 9
            "    bf:code  $v | trim", // 10
            "245 -> Instance bf:title [bf:Title]   if ind1=9", // 11: the 245's first indicator is 1
            "    bf:mainTitle  $a", // 12
            "");

    private Converter converter(RuleProfile profile) {
        Converter.Builder b =
                Converter.builder().base("http://example.org/").rules(RuleSet.fromText("profile.rules", RULES));
        if (profile != null) b.profile(profile);
        return b.build();
    }

    @Test
    void eachLineCountsItsRunsAndWhatItGave() {
        assertEquals(6, record.all("650").size());
        assertEquals(2, record.all("651").size());
        assertEquals(3, record.all("650").stream().filter(f -> f.ind2() == '6').count());
        assertTrue(record.all("650").stream().noneMatch(f -> f.has('3')));
        assertTrue(record.all("650").stream().allMatch(f -> f.has('v')));
        assertEquals('1', record.first("245").ind1());

        RuleProfile profile = new RuleProfile();
        converter(profile).map("test", "1", record);
        LineCounts counts = profile.of("marc21");
        Map<String, LineCounts.Line> lines =
                counts.lines().stream().collect(Collectors.toMap(LineCounts.Line::origin, Function.identity()));

        assertCounts(lines, 3, 6, 6); // the 650 rule, once per 650, each made a Topic
        assertCounts(lines, 2, 8, 8); // the block's line: six 650s and two 651s
        assertCounts(lines, 5, 6, 0); // tried for every 650, made for none
        assertCounts(lines, 6, 0, 0); // the line of a node not made does not run
        assertCounts(lines, 7, 2, 2);
        assertCounts(lines, 9, 6, 3); // tried on every 650, its condition holds for three
        assertCounts(lines, 10, 3, 3);
        assertCounts(lines, 11, 1, 0);
        assertCounts(lines, 12, 0, 0);
        assertEquals(9, lines.size(), "one entry per rule line, a block's line once: " + lines.keySet());
        for (LineCounts.Line l : counts.lines()) {
            assertTrue(l.selfNanos() >= 0 && l.selfNanos() <= l.totalNanos(), l.toString());
            assertEquals("profile.rules", l.file());
        }
        // a rule's time holds its lines' time
        assertTrue(lines.get("profile.rules:3").totalNanos()
                >= lines.get("profile.rules:5").totalNanos());

        Map<String, LineCounts.Tag> tags =
                counts.tags().stream().collect(Collectors.toMap(LineCounts.Tag::tag, Function.identity()));
        assertEquals(6, tags.get("650").fields());
        assertEquals(2, tags.get("651").fields());
        assertEquals(1, tags.get("245").fields());
        assertEquals(0, tags.get("245").triples());
        // each 650 adds its Topic (link, type, label); three also a GenreForm (link, type, code)
        assertEquals(6 * 3 + 3 * 3, tags.get("650").triples());
        assertEquals(1, counts.records());

        counts.reset();
        assertEquals(0, counts.records());
        assertTrue(counts.lines().stream().allMatch(l -> l.runs() == 0 && l.totalNanos() == 0));
    }

    @Test
    void countingChangesNothingInTheOutput() {
        assertEquals(
                converter(null).map("test", "1", record),
                converter(new RuleProfile()).map("test", "1", record));
    }

    private static void assertCounts(Map<String, LineCounts.Line> lines, int line, long runs, long gave) {
        LineCounts.Line l = lines.get("profile.rules:" + line);
        assertEquals(runs, l == null ? 0 : l.runs(), "runs of line " + line);
        assertEquals(gave, l == null ? 0 : l.gave(), "gave of line " + line);
    }
}
