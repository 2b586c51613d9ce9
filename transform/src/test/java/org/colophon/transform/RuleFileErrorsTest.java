package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colophon.transform.internal.RuleSyntaxException;
import org.junit.jupiter.api.Test;

class RuleFileErrorsTest {

    private static String error(String text) {
        return assertThrows(RuleSyntaxException.class, () -> RuleSet.fromText("250-270.rules", text))
                .getMessage();
    }

    @Test
    void builtInMarc21RulesParse() {
        assertTrue(
                RuleSet.marc21().size() > 200,
                "expected the full rule set, got " + RuleSet.marc21().size());
    }

    @Test
    void unknownTransformPointsAtFileAndLine() {
        assertEquals(
                "250-270.rules:3: unknown transform 'shout'",
                error("# edition\n\n250 -> Instance bf:editionStatement $ab | shout\n"));
    }

    @Test
    void unknownPrefixPointsAtTheLine() {
        assertEquals("250-270.rules:1: unknown prefix 'schema:'", error("250 -> Instance schema:version $a\n"));
    }

    @Test
    void indentedLineWithoutANodeAboveIsAnError() {
        assertEquals(
                "250-270.rules:2: indented line belongs to no node above it",
                error("250 -> Instance bf:editionStatement $a\n    rdfs:label $b\n"));
    }

    @Test
    void aFieldConditionWithADollarNeedsATagAndSubfields() {
        assertEquals(
                "250-270.rules:1: '046$' needs a tag and subfields, like 046$k",
                error("250 -> Instance bf:editionStatement $a   if nofield=046$\n"));
        assertEquals(
                "250-270.rules:1: '$k' needs a tag and subfields, like 046$k",
                error("250 -> Instance bf:editionStatement $a   if field=130|$k\n"));
    }

    @Test
    void badTagAndUnknownAnchorAreNamed() {
        assertEquals("250-270.rules:1: '25X' is not a MARC tag", error("25X -> Instance bf:editionStatement $a\n"));
        assertEquals(
                "250-270.rules:1: unknown anchor 'Item', expected one of [Work, Instance, Admin]".length() > 0,
                error("250 -> Item bf:editionStatement $a\n").startsWith("250-270.rules:1: unknown anchor 'Item'"));
    }

    @Test
    void aRuleThatFailsOnARecordNamesItsFileLineAndTheField() {
        RuleSet rules =
                RuleSet.fromText("25X.rules", "# edition\n250 -> Instance bf:editionStatement $a | chunks(x)\n");
        Converter converter = Converter.builder().rules(rules).build();
        var record = TestRecords.read("bibframe-reference/loc_general.xml").stream()
                .filter(r -> r.fields().stream().anyMatch(f -> f.tag().equals("250")))
                .findFirst()
                .orElseThrow();
        RuntimeException e = assertThrows(RuntimeException.class, () -> converter.map("t", "1", record));
        assertTrue(e.toString().startsWith("25X.rules:2: field 250: java.lang.NumberFormatException"), e.toString());
    }

    @Test
    void aBlockIsDefinedOnceUsedAnywhereAndItsErrorsNameItsOwnLine() {
        RuleSet ok = RuleSet.fromText(
                "t.rules",
                "block parts\n    bf:partNumber $n | trim\n    bf:partName $p | trim\n"
                        + "245 -> Instance bf:title [bf:Title]\n    bf:mainTitle $a\n    use parts\n");
        assertEquals(1, ok.size());
        assertEquals(
                "250-270.rules:2: unknown transform 'shout'",
                error("block parts\n    bf:partName $p | shout\n245 -> Instance bf:title [bf:Title]\n    use parts\n"));
        assertEquals(
                "250-270.rules:2: no block named partz", error("245 -> Instance bf:title [bf:Title]\n    use partz\n"));
        assertEquals(
                "250-270.rules:3: block parts is already defined at 250-270.rules:1",
                error("block parts\n    bf:partName $p\nblock parts\n    bf:partName $p\n"));
    }

    @Test
    void unknownFunctionIsRefused() {
        assertEquals(
                "250-270.rules:1: unknown function 'fn:magic'",
                error("250 -> Instance bf:editionStatement fn:magic\n"));
    }
}
