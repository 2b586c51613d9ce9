package org.colophon.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The Chinese Library Classification (中国图书馆分类法) as a SKOS concept scheme, made from the {@code clc} code table:
 * the 22 main classes as top concepts and the classes below them down to three digits ({@code F124}), each with its
 * notation, its Chinese caption (and for the main classes an English one) and its broader class. The table's IRIs
 * ({@link #NS}) are the classes' names outside any store; a conversion names them under its base ({@link #localize},
 * {@code rdfs:seeAlso <{base}vocab/clc/F124>}), where a store serves them ({@link #documents}), so the classes are
 * browsable beside the records.
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

    /**
     * Where a store serves the scheme, under its base IRI: the scheme is {@code {base}vocab/clc}, each class
     * {@code {base}vocab/clc/F124}. A record id never holds a bare {@code /}, so no record's IRI can take these.
     */
    public static final String PATH = "vocab/clc";

    /** The scheme's IRI under a store's base ({@code base} ends with {@code /}). */
    public static String iri(String base) {
        return base + PATH;
    }

    /** A class's IRI under a store's base. */
    public static String classIri(String base, String notation) {
        return base + PATH + "/" + notation;
    }

    /** The IRI under {@code base} of a class IRI of {@link #NS}; any other IRI as it is. */
    public static String localize(String iri, String base) {
        return iri.startsWith(NS) ? base + PATH + "/" + iri.substring(NS.length()) : iri;
    }

    /**
     * The scheme as documents to serve under a store's base, one per class and one for the scheme, keyed by the
     * document's IRI (which is also the IRI of the class it describes). A class's document holds its notation,
     * captions, scheme and top-concept statements and its broader and narrower classes, and the captions and
     * notations of those (as {@code skos:prefLabel} and {@code rdfs:label}), so a page can name what it links to.
     */
    public static java.util.Map<String, Graph> documents(String base) {
        Graph all = graph();
        java.util.Map<String, Graph> out = new java.util.TreeMap<>();
        for (Node s : all.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .mapWith(org.apache.jena.graph.Triple::getSubject)
                .toSet()) {
            Graph doc = GraphFactory.createDefaultGraph();
            Node local = local(s, base);
            all.find(s, Node.ANY, Node.ANY).forEach(t -> {
                doc.add(local, t.getPredicate(), local(t.getObject(), base));
                if (t.getPredicate().equals(SKOS.prefLabel.asNode())) {
                    doc.add(local, RDFS.label.asNode(), t.getObject());
                }
                if (t.getObject().isURI() && !t.getPredicate().equals(RDF.type.asNode())) {
                    Node other = t.getObject();
                    all.find(other, SKOS.prefLabel.asNode(), Node.ANY).forEach(l -> {
                        doc.add(local(other, base), SKOS.prefLabel.asNode(), l.getObject());
                        doc.add(local(other, base), RDFS.label.asNode(), l.getObject());
                    });
                    all.find(other, SKOS.notation.asNode(), Node.ANY)
                            .forEach(n -> doc.add(local(other, base), SKOS.notation.asNode(), n.getObject()));
                }
            });
            out.put(local.getURI(), doc);
        }
        return out;
    }

    private static Node local(Node n, String base) {
        if (!n.isURI()) return n;
        if (n.getURI().equals(IRI)) return NodeFactory.createURI(iri(base));
        return n.getURI().startsWith(NS) ? NodeFactory.createURI(localize(n.getURI(), base)) : n;
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
