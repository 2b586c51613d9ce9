package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * Two value forms the 80X-83X and 3XX rules need: {@code | char(N)} takes one position of a coded value (8XX
 * {@code $7 am}: type of record {@code a}, bibliographic level {@code m}), and {@code $+0} reads, in a line read
 * group by group, only the {@code $0} right after the group's own subfield (a 34X term's number), where {@code $0}
 * reads every {@code $0} of the group, the first group holding what stands before its subfield.
 */
class PositionAndRunValuesTest {
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private static List<String> labels(String rules, MarcRecord record) {
        List<String> out = new ArrayList<>();
        for (Triple t : TestRecords.mapWith("values.rules", rules, record))
            if (t.getPredicate().getURI().equals(RDFS_LABEL))
                out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    @Test
    void charTakesOnePositionOfACodedValue() {
        MarcRecord r = TestRecords.first("rules/80X-83X/dnb-1256310816.xml");
        assertEquals("am", r.first("800").first('7'));
        String rule = "800 -> Work bf:note [bf:Note]\n    rdfs:label   $7 | char(%d)\n";
        assertEquals(List.of("a"), labels(rule.formatted(0), r));
        assertEquals(List.of("m"), labels(rule.formatted(1), r));
        // past the end: no value, so no note
        assertEquals(List.of(), labels(rule.formatted(2), r));
    }

    @Test
    void aPlusReadsOnlyTheSubfieldsRightAfterTheGroupsOwn() {
        // LoC's 348 test field: $3 enclosed score $a vocal score $0 (foo)12345 $b voc $c staff notation $2 foo
        MarcRecord r = TestRecords.first("rules/3XX/convspec-3xx-1.xml");
        String rule = "348 $%s -> Work bf:note [bf:Note]\n    rdfs:label   %s | strip\n";
        assertEquals(List.of("(foo)12345"), labels(rule.formatted("a", "$+0"), r));
        assertEquals(List.of(), labels(rule.formatted("c", "$+0"), r), "no $0 follows $c");
        // $0 in the first (only) $c group also reads the $0 before $c: the number of the $a term
        assertEquals(List.of("(foo)12345"), labels(rule.formatted("c", "$0"), r));
    }

    @Test
    void aPlusAlsoReadsTheRunAFieldOpensWith() {
        // GND's order, the number before the term: 385 $0 (DE-588)4053369-4 $a Schüler $2 gnd
        MarcRecord r = TestRecords.first("rules/3XX/xbib-HT014020783.xml");
        assertEquals('0', r.first("385").code(0));
        String rule = "385 $a -> Work bf:note [bf:Note]\n    rdfs:label   $+0 | strip\n";
        assertEquals(List.of("(DE-588)4053369-4"), labels(rule, r));
    }
}
