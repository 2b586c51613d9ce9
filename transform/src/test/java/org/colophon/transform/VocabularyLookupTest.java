package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@code @table:label} and {@code @table.column:label}: an entry's English label, or the text in one of its columns. */
class VocabularyLookupTest {
    private final VocabularyLookup lookup = VocabularyLookup.get();

    @Test
    void aTableGivesTheEntrysLabelAndATableWithAColumnThatColumnsText() {
        assertEquals("soprano", lookup.label("musicPerformance048", "va"));
        assertEquals("voice", lookup.label("musicPerformance048.voiceType", "va"));
        assertEquals("keyboard", lookup.label("musicPerformance048.instrumentalType", "kb"));
    }

    @Test
    void anEmptyCellOrAnUnknownCodeGivesNothing() {
        // a voice has no instrumental type: the rule's required line gives no value, so no MusicInstrument is made
        assertNull(lookup.label("musicPerformance048.instrumentalType", "va"));
        // "vn" (voices, number unspecified) names no voice in particular
        assertNull(lookup.label("musicPerformance048", "vn"));
        assertNull(lookup.label("musicPerformance048.voiceType", "zz"));
    }

    @Test
    void aSourceCodeWithItsEditionIsLookedUpWithoutIt() {
        // MARC's code/edition form: LoC reads the code before the slash
        assertEquals("http://id.loc.gov/vocabulary/subjectSchemes/jlabsh", lookup.iri("subjectSchemes", "jlabsh/4"));
        assertEquals("http://id.loc.gov/vocabulary/subjectSchemes/yso", lookup.iri("subjectSchemes", "yso/fin"));
        // a code on no list gives nothing, with or without an edition: the rules keep it as a bf:Source's code
        assertNull(lookup.iri("subjectSchemes", "miush"));
        assertNull(lookup.iri("subjectSchemes", "miush/2"));
        assertNull(lookup.iri("subjectSchemes", "/4"));
    }
}
