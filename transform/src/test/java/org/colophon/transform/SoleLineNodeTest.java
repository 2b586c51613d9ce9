package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * A node whose one line is required (an identifier's {@code rdf:value! $0 | keep('(')}) is only made when that line
 * gives a value; otherwise nothing is made and rolled back. The output must be the one of a node made and dropped:
 * the same triples, in the same order, and the blank nodes after it labelled the same. A second line that gives no
 * data ({@code bf:code 'x'}) makes the mapper take the general way, so both ways are compared on a real record.
 */
class SoleLineNodeTest {
    private final MarcRecord record = TestRecords.first("rules/6XX/loc_general-16965926.xml");

    /** A blank node after each identifier node: its label shows whether a dropped node still took its number. */
    private static final String NOTE = "650 -> Work bf:note [bf:Note]\n    rdfs:label!  $a | strip\n";

    private List<String> ntriples(String rules) {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .rules(RuleSet.fromText("sole.rules", rules))
                .build();
        return Arrays.asList(
                new String(NQuads.ntriples(c.map("test", "1", record)), StandardCharsets.UTF_8).split("\n"));
    }

    private void sameBothWays(String keep, boolean identifiers) {
        String sole = "650 -> Work bf:identifiedBy [bf:Identifier]\n    rdf:value!  $a | keep('" + keep + "')\n";
        String general = sole + "    bf:code  'x'\n";
        List<String> fast = ntriples(sole + NOTE);
        List<String> slow = ntriples(general + NOTE).stream()
                .filter(l -> !l.contains("/bibframe/code>"))
                .toList();
        assertEquals(slow, fast);
        assertEquals(identifiers, fast.stream().anyMatch(l -> l.contains("/bibframe/Identifier>")));
        assertTrue(fast.stream().anyMatch(l -> l.contains("/bibframe/Note>")));
    }

    @Test
    void aNodeWhoseOneRequiredLineGivesNothingIsNotMadeAndLaterBlankNodesKeepTheirLabels() {
        // no 650 $a of the record starts with "(": every identifier node is dropped, each before the note of its field
        assertTrue(
                record.all("650").stream().noneMatch(f -> f.first('a').strip().startsWith("(")));
        sameBothWays("(", false);
    }

    @Test
    void aNodeWhoseOneRequiredLineGivesAValueIsMadeAsBefore() {
        String first = record.first("650").first('a').strip();
        sameBothWays(first.substring(0, 1), true);
    }
}
