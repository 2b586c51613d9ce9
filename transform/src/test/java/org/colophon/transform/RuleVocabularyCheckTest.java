package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.transform.internal.RuleSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that cannot be right is refused when it loads, not accepted to quarantine every record later: a
 * directory without rule files, and a rule naming a BIBFRAME, BFLC, RDF, RDFS or OWL term the shipped vocabularies
 * do not define, or in the wrong role.
 */
class RuleVocabularyCheckTest {

    private static String error(String text) {
        return assertThrows(RuleSyntaxException.class, () -> RuleSet.fromText("20X-24X.rules", text))
                .getMessage();
    }

    @Test
    void builtInRuleSetsNameOnlyTermsTheVocabulariesDefine() {
        assertEquals(
                RuleSet.marc21().size(), RuleSet.fromClasspath("marc21", true).size());
        assertEquals(
                RuleSet.dublinCore().size(), RuleSet.fromClasspath("dc", true).size());
    }

    @Test
    void aMisspeltPropertyIsRefusedWithFileAndLine() {
        assertEquals(
                "20X-24X.rules:2: unknown property bf:mainTitel",
                error("245 -> Instance bf:title [bf:Title]\n    bf:mainTitel! $a | trim\n"));
        assertEquals("20X-24X.rules:1: unknown property bf:foo", error("245 -> Instance bf:foo $a\n"));
        assertEquals("20X-24X.rules:1: unknown property rdfs:lable", error("245 -> Instance rdfs:lable $a\n"));
        assertEquals(
                "20X-24X.rules:1: unknown property bf:foo",
                error("245 -> Instance <http://id.loc.gov/ontologies/bibframe/foo> $a\n")
                        .replace("<http://id.loc.gov/ontologies/bibframe/foo>", "bf:foo"));
    }

    @Test
    void aMisspeltClassIsRefused() {
        assertEquals(
                "20X-24X.rules:1: unknown class bf:Titel",
                error("245 -> Instance bf:title [bf:Titel]\n    bf:mainTitle $a\n"));
        assertEquals(
                "20X-24X.rules:2: unknown class bf:Persn",
                error("100 -> Work bf:contribution [bf:Contribution]\n    rdf:type bf:Persn\n"));
    }

    @Test
    void aClassWhereAPropertyBelongsIsRefused() {
        assertEquals("20X-24X.rules:1: bf:Title is a class, not a property", error("245 -> Instance bf:Title $a\n"));
        assertEquals(
                "20X-24X.rules:1: bf:title is a property, not a class", error("245 -> Instance bf:title [bf:title]\n"));
    }

    @Test
    void termsOfNamespacesWithoutAShippedVocabularyAreTakenAsWritten() {
        RuleSet s = RuleSet.fromText(
                "mine.rules",
                "prefix ex: <http://example.org/ns#>\n"
                        + "245 -> Instance ex:anything [madsrdf:ComplexSubject ex:Thing]\n"
                        + "    madsrdf:authoritativeLabel $a\n");
        assertEquals(1, s.size());
    }

    @Test
    void aRulesDirectoryWithoutRuleFilesIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.txt"), "my rules\n");
        assertEquals(
                dir + ": no rule files (*.rules)",
                assertThrows(RuleSyntaxException.class, () -> RuleSet.fromDirectory(dir))
                        .getMessage());
        Path missing = dir.resolve("nosuch");
        assertEquals(
                missing + ": no such directory",
                assertThrows(RuleSyntaxException.class, () -> RuleSet.fromDirectory(missing))
                        .getMessage());
    }

    @Test
    void aCopyOfTheBuiltInRulesIsAcceptedAndAMisspeltPropertyInItIsNot(@TempDir Path dir) throws IOException {
        for (String f : new String(resource("profile").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> l.endsWith(".rules"))
                .toList()) {
            try (InputStream in = resource(f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        RuleSet copy = RuleSet.fromDirectory(dir);
        assertEquals(RuleSet.marc21().size(), copy.size());
        Path titles = dir.resolve("20X-24X.rules");
        Files.writeString(titles, Files.readString(titles).replaceFirst("bf:mainTitle", "bf:mainTitel"));
        String message = assertThrows(RuleSyntaxException.class, () -> RuleSet.fromDirectory(dir))
                .getMessage();
        assertTrue(message.matches("20X-24X\\.rules:\\d+: unknown property bf:mainTitel"), message);
    }

    private static InputStream resource(String name) {
        return RuleVocabularyCheckTest.class.getResourceAsStream("/org/colophon/transform/rules/marc21/" + name);
    }
}
