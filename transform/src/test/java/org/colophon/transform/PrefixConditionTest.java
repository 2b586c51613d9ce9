package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Triple;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code $2^=…} tests whether a value of the subfield starts with one of the prefixes, without regard to case; a
 * {@code #} in a prefix stands for a blank, as in every value set, so a source written out with a space ("ISO 639-1",
 * as LoC's test record for 041 writes it) can be told apart from another.
 */
class PrefixConditionTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";

    // LoC's test record for 010-048: its second 041 is "07 $a en $a fr $g it $2 ISO 639-1"
    private final MarcRecord record = TestRecords.first("rules/01X-04X/convspec-010-048-1-codes.xml");

    private Set<String> notes(String rules) {
        Set<String> out = new TreeSet<>();
        for (Triple t : TestRecords.mapWith("prefix.rules", rules, record))
            if (t.getPredicate().getURI().equals(BF + "note"))
                out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    @Test
    void aHashInAPrefixIsABlank() {
        assertEquals(Set.of("en", "fr"), notes("041 -> Work bf:note $a | strip   if $2^=iso#639-1\n"));
        assertEquals(Set.of("en", "fr"), notes("041 -> Work bf:note $a | strip   if $2^=iso639-1|iso#639\n"));
        assertEquals(Set.of(), notes("041 -> Work bf:note $a | strip   if $2^=iso639-1\n"));
    }

    @Test
    void aNegatedPrefixWithAHashIsABlankToo() {
        // the first 041 has no $2: no value starts with the prefix
        assertEquals(Set.of("eng"), notes("041 -> Work bf:note $a | strip   if $2^=!iso#639\n"));
    }
}
