package org.colophon.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;

/**
 * The SHACL shapes Colophon's output must conform to, bundled as {@code shapes/bibframe-shapes.ttl}. Validate with
 * {@code ShaclValidator.get().validate(Shapes.bibframe(), graph)}.
 */
public final class Shapes {

    static final String BIBFRAME_SHAPES = "shapes/bibframe-shapes.ttl";

    private static volatile org.apache.jena.shacl.Shapes bibframe;

    private Shapes() {}

    /** The BIBFRAME shapes, parsed once. */
    public static org.apache.jena.shacl.Shapes bibframe() {
        org.apache.jena.shacl.Shapes shapes = bibframe;
        if (shapes == null) {
            shapes = org.apache.jena.shacl.Shapes.parse(bibframeGraph());
            bibframe = shapes;
        }
        return shapes;
    }

    /** The BIBFRAME shapes as a graph (a fresh copy each call). */
    public static Graph bibframeGraph() {
        return Ontologies.read(BIBFRAME_SHAPES, Lang.TURTLE);
    }
}
