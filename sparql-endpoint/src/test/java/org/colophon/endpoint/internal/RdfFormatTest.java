package org.colophon.endpoint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RdfFormatTest {

    static final List<RdfFormat> ALL = List.of(RdfFormat.values());

    @Test
    void browsersGetHtmlAndAnythingElseGetsTurtle() {
        assertEquals(
                RdfFormat.HTML,
                RdfFormat.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", ALL));
        assertEquals(RdfFormat.TURTLE, RdfFormat.negotiate("*/*", ALL));
        assertEquals(RdfFormat.TURTLE, RdfFormat.negotiate(null, ALL));
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(RdfFormat.JSONLD, RdfFormat.negotiate("text/turtle;q=0.5, application/ld+json", ALL));
        assertEquals(RdfFormat.NTRIPLES, RdfFormat.negotiate("application/n-triples, text/*;q=0.1", ALL));
        assertEquals(RdfFormat.RDFXML, RdfFormat.negotiate("application/rdf+xml", ALL));
        assertEquals(RdfFormat.TURTLE, RdfFormat.negotiate("text/html;q=0, text/*", ALL));
    }

    @Test
    void nothingAcceptableGivesNull() {
        assertNull(RdfFormat.negotiate("image/png", ALL));
    }

    @Test
    void extensionsNameFormats() {
        assertEquals(RdfFormat.TURTLE, RdfFormat.byExtension("ttl"));
        assertEquals(RdfFormat.JSONLD, RdfFormat.byExtension("jsonld"));
        assertEquals(RdfFormat.NTRIPLES, RdfFormat.byExtension("nt"));
        assertEquals(RdfFormat.RDFXML, RdfFormat.byExtension("rdf"));
        assertNull(RdfFormat.byExtension("mrc"));
    }
}
