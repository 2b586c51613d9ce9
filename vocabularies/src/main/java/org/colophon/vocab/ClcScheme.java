package org.colophon.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The Chinese Library Classification (中国图书馆分类法) as a SKOS concept scheme, made from the {@code clc} code table:
 * the 22 main classes as top concepts and the classes below them down to three digits ({@code F124}), each with its
 * notation, its Chinese caption (and for the main classes an English one) and its broader class. Conversions link a
 * classification number to the class ({@code rdfs:seeAlso <https://w3id.org/colophon/clc/F124>}), so loading this
 * graph next to the records makes the classes browsable.
 */
public final class ClcScheme {
    /** The scheme's IRI; each class is {@code NS + notation}. */
    public static final String IRI = "https://w3id.org/colophon/clc";

    public static final String NS = IRI + "/";

    private ClcScheme() {}

    /** The class with this notation's IRI (whether or not the table has it). */
    public static String classIri(String notation) {
        return NS + notation;
    }

    /** The whole scheme as a new graph. */
    public static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node scheme = NodeFactory.createURI(IRI);
        g.add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        g.add(scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("中国图书馆分类法", "zh"));
        g.add(scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Chinese Library Classification", "en"));
        for (CodeTable.Entry e : CodeTables.get("clc").entries()) {
            Node c = NodeFactory.createURI(e.iri());
            g.add(c, RDF.type.asNode(), SKOS.Concept.asNode());
            g.add(c, SKOS.inScheme.asNode(), scheme);
            g.add(c, SKOS.notation.asNode(), NodeFactory.createLiteralString(e.code()));
            e.label("zh").ifPresent(l -> g.add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(l, "zh")));
            e.label("en").ifPresent(l -> g.add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(l, "en")));
            String broader = e.attribute("broader").orElse("");
            if (broader.isEmpty()) {
                g.add(c, SKOS.topConceptOf.asNode(), scheme);
                g.add(scheme, SKOS.hasTopConcept.asNode(), c);
            } else {
                Node b = NodeFactory.createURI(classIri(broader));
                g.add(c, SKOS.broader.asNode(), b);
                g.add(b, SKOS.narrower.asNode(), c);
            }
        }
        return g;
    }
}
