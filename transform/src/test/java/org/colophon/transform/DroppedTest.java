package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colophon.transform.internal.RuleSyntaxException;
import org.junit.jupiter.api.Test;

/** The dropped list of a rule set: patterns, reasons, "not mapped yet", errors naming file and line. */
class DroppedTest {
    final Dropped d = Dropped.parse(
            "test/dropped",
            List.of(
                    "# comment",
                    "",
                    "040$c        transcribing agency",
                    "9XX          local field",
                    "XXX$8        field link",
                    "00X$*        damaged",
                    "later 034    cartographic data",
                    "nonnumeric   system field",
                    "notmarc21    not MARC 21"));

    @Test
    void aPatternCoversItsTagsAndSubfieldsAndTheFirstMatchGivesTheReason() {
        assertEquals("transcribing agency", d.reason("040$c"));
        assertNull(d.reason("040$a"), "only $c of 040");
        assertEquals("local field", d.reason("949$a"));
        assertEquals("local field", d.reason("999"));
        assertEquals("field link", d.reason("650$8"));
        assertEquals("damaged", d.reason("007$a"));
        assertNull(d.reason("245$a"));
        assertEquals("system field", d.reason("AVA$a"));
        assertEquals("cartographic data", d.reason("034$d"));
        assertTrue(d.later("034$d"));
        assertFalse(d.later("040$c"));
    }

    @Test
    void notmarc21CoversWhatMarc21BibliographicDoesNotDefine() {
        assertEquals("not MARC 21", d.reason("349$a"), "349 is not a MARC 21 bibliographic field");
        assertEquals("not MARC 21", d.reason("245$e"), "245 has no $e");
        assertNull(d.reason("245$b"));
        assertNull(d.reason("856$u"));
    }

    @Test
    void aBadLineIsRefusedWithItsFileAndLine() {
        RuleSyntaxException e = assertThrows(
                RuleSyntaxException.class, () -> Dropped.parse("x/dropped", List.of("", "24$a  too short")));
        assertTrue(e.getMessage().startsWith("x/dropped:2: not a tag pattern: 24$a"), e.getMessage());
        e = assertThrows(RuleSyntaxException.class, () -> Dropped.parse("x/dropped", List.of("245")));
        assertTrue(e.getMessage().startsWith("x/dropped:1: no reason given for 245"), e.getMessage());
    }

    @Test
    void theBuiltInMarc21SetHasItsList() {
        Dropped builtIn = RuleSet.marc21().dropped();
        assertEquals("marc21/dropped", builtIn.source());
        assertTrue(builtIn.reason("040$c").startsWith("transcribing agency"), builtIn.reason("040$c"));
    }
}
