package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.colophon.transform.RuleSet;
import org.junit.jupiter.api.Test;

/** The built-in UNIMARC rules name only terms the shipped ontologies define, and declare their schema. */
class UnimarcRuleSetTest {
    @Test
    void theBuiltInUnimarcRulesPassTheVocabularyCheck() throws Exception {
        Path dir = Path.of(UnimarcRuleSetTest.class
                .getResource("/org/colophon/transform/rules/unimarc/")
                .toURI());
        RuleSet checked = RuleSet.fromDirectory(dir); // refuses unknown bf:/bflc:/rdfs: terms
        assertEquals(RuleSet.Schema.UNIMARC, checked.schema());
        assertEquals(RuleSet.unimarc().size(), checked.size());
        assertTrue(checked.size() > 150, "rules: " + checked.size());
    }
}
