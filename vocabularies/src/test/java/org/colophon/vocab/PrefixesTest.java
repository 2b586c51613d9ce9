package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void bfPrefixExpandsToTheBibframeNamespace() {
        assertEquals(BF.Work.getURI(), Prefixes.STANDARD.expandPrefix("bf:Work"));
        assertEquals(MADS.Topic.getURI(), Prefixes.STANDARD.expandPrefix("madsrdf:Topic"));
    }

    @Test
    void codeTableIrisShortenToTheirVocabularyPrefix() {
        String chinese = CodeTables.get("languages").lookup("chi").orElseThrow().iri();
        assertEquals("languages:chi", Prefixes.STANDARD.shortForm(chinese));
        String author = CodeTables.get("relators").lookup("aut").orElseThrow().iri();
        assertEquals("relators:aut", Prefixes.STANDARD.shortForm(author));
        String volume = CodeTables.get("carriers").lookup("nc").orElseThrow().iri();
        assertEquals("carriers:nc", Prefixes.STANDARD.shortForm(volume));
    }

    @Test
    void theSharedMappingIsLockedButCopiesAreNot() {
        assertThrows(PrefixMapping.JenaLockedException.class, () -> Prefixes.STANDARD.setNsPrefix("x", "urn:x:"));
        PrefixMapping mine = Prefixes.newMapping().setNsPrefix("ex", "http://example.org/");
        assertEquals("http://example.org/a", mine.expandPrefix("ex:a"));
    }
}
