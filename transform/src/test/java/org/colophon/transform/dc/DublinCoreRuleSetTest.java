package org.colophon.transform.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.transform.RuleSet;
import org.colophon.transform.internal.RuleSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dublin Core rule set parses with element names as selectors; MARC rule sets still accept only MARC tags. */
class DublinCoreRuleSetTest {

    private static String error(String text, RuleSet.Schema schema) {
        return assertThrows(RuleSyntaxException.class, () -> RuleSet.fromText("dc.rules", text, schema))
                .getMessage();
    }

    @Test
    void builtInDublinCoreRulesParse() {
        RuleSet dc = RuleSet.dublinCore();
        assertEquals(RuleSet.Schema.DUBLIN_CORE, dc.schema());
        assertTrue(dc.size() > 30, "expected the full rule set, got " + dc.size());
        assertTrue(dc.version().startsWith("dc-"), dc.version());
    }

    @Test
    void elementNamesAreSelectorsOfADublinCoreRuleSet() {
        RuleSet s = RuleSet.fromText(
                "dc.rules",
                "isPartOf,title -> Work bf:partOf [bf:Work]\n    rdfs:label $a\n",
                RuleSet.Schema.DUBLIN_CORE);
        assertEquals(1, s.size());
    }

    @Test
    void anElementDublinCoreDoesNotDefineIsAnError() {
        assertEquals(
                "dc.rules:1: 'titel' is not an element of this rule set's schema",
                error("titel -> Instance bf:note $a\n", RuleSet.Schema.DUBLIN_CORE));
    }

    @Test
    void marcRuleSetsStillRejectElementNames() {
        assertEquals(
                "dc.rules:1: 'TITLE' is not a MARC tag",
                error("title -> Instance bf:note $a\n", RuleSet.Schema.MARC21));
    }

    @Test
    void anUnknownValueKindIsAnError() {
        assertEquals(
                "dc.rules:1: unknown kind 'isbm', expected one of [isbn, issn, doi, hdl, http, other, date, period]",
                error("identifier -> Instance bf:note $a if $a~=isbm\n", RuleSet.Schema.DUBLIN_CORE));
    }

    @Test
    void aProfileInACataloguersDirectoryDeclaresTheSchema(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("profile"), "schema: dc\n");
        Files.writeString(dir.resolve("mine.rules"), "title -> Instance bf:title [bf:Title]\n    bf:mainTitle $a\n");
        assertEquals(RuleSet.Schema.DUBLIN_CORE, RuleSet.fromDirectory(dir).schema());
        Files.writeString(dir.resolve("profile"), "schema: mods\n");
        assertEquals(
                "profile:1: unknown schema 'mods'",
                assertThrows(RuleSyntaxException.class, () -> RuleSet.fromDirectory(dir))
                        .getMessage());
    }
}
