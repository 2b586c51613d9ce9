package org.colophon.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The bundled ontologies: BIBFRAME 2 and the BFLC extension, as published by the Library of Congress (US public
 * domain; see {@code ontologies/SOURCES.md}). Each call parses a fresh graph.
 */
public final class Ontologies {

    private Ontologies() {}

    /** {@code ontologies/bibframe.rdf}. */
    public static Graph bibframe() {
        return read("ontologies/bibframe.rdf", Lang.RDFXML);
    }

    /** {@code ontologies/bflc.rdf}. */
    public static Graph bflc() {
        return read("ontologies/bflc.rdf", Lang.RDFXML);
    }

    static Graph read(String resource, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontologies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: org/colophon/vocab/" + resource);
            }
            RDFParser.source(in)
                    .lang(lang)
                    .base("http://id.loc.gov/ontologies/")
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
