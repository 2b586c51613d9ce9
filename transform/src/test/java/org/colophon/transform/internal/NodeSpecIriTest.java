package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The IRI a {@code $0}/{@code $1} holds, as LoC's converter reads it: bare, or after MARC's {@code (uri)} prefix. */
class NodeSpecIriTest {

    @Test
    void bareOrAfterTheUriPrefix() {
        assertEquals(
                "http://issn.org/resource/ISSN/1234-1231#ISSN",
                NodeSpec.subfieldIri("(uri)http://issn.org/resource/ISSN/1234-1231#ISSN"));
        // Michigan's Alma records write a space after the prefix
        assertEquals(
                "http://worldcat.org/issn/0006-3665", NodeSpec.subfieldIri("(uri) http://worldcat.org/issn/0006-3665"));
        assertEquals("https://d-nb.info/gnd/4061147-4", NodeSpec.subfieldIri(" https://d-nb.info/gnd/4061147-4 "));
        assertEquals("http://example.org/a", NodeSpec.subfieldIri("(URI)http://example.org/a"));
    }

    @Test
    void noIri() {
        assertNull(NodeSpec.subfieldIri("(DE-588)4061147-4"));
        assertNull(NodeSpec.subfieldIri("(uri)urn:issn:1234-1231"));
        assertNull(NodeSpec.subfieldIri("(OCoLC)http://example.org/a"));
        assertNull(NodeSpec.subfieldIri("(uri) http://viaf.org/viaf/sourceID/DNB|040611477"));
    }
}
