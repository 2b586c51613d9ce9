package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The CLC as SKOS: 22 top concepts, every deeper class under an existing broader one. */
class ClcSchemeTest {
    private static Node clc(String notation) {
        return NodeFactory.createURI(ClcScheme.classIri(notation));
    }

    @Test
    void twentyTwoTopConceptsAndEveryOtherClassHasABroaderOneInTheScheme() {
        Graph g = ClcScheme.graph();
        Node scheme = NodeFactory.createURI(ClcScheme.IRI);
        assertEquals(
                22,
                g.find(scheme, SKOS.hasTopConcept.asNode(), Node.ANY).toList().size());
        g.find(Node.ANY, SKOS.broader.asNode(), Node.ANY)
                .forEach(t -> assertTrue(
                        g.contains(t.getObject(), SKOS.inScheme.asNode(), scheme), "broader class missing: " + t));
        long concepts =
                g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList().size();
        assertTrue(concepts > 5000, "classes: " + concepts);
    }

    @Test
    void f124IsEconomicConstructionUnderChinasEconomyUnderEconomics() {
        Graph g = ClcScheme.graph();
        assertTrue(g.contains(clc("F124"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("经济建设和发展", "zh")));
        assertTrue(g.contains(clc("F124"), SKOS.broader.asNode(), clc("F12")));
        assertTrue(g.contains(clc("F12"), SKOS.broader.asNode(), clc("F1")));
        assertTrue(g.contains(clc("F1"), SKOS.broader.asNode(), clc("F")));
        assertTrue(g.contains(clc("TP"), SKOS.broader.asNode(), clc("T")), "two-letter classes of T sit under T");
        assertTrue(g.contains(clc("F"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Economics", "en")));
    }

    @Test
    void eachClassIsADocumentUnderTheStoresBaseNamingItsNeighbours() {
        String base = "http://lib.example/";
        var docs = ClcScheme.documents(base);
        assertEquals(
                ClcScheme.graph()
                                .find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY)
                                .toList()
                                .size()
                        + 1,
                docs.size());
        Node f124 = NodeFactory.createURI("http://lib.example/vocab/clc/F124");
        Node f12 = NodeFactory.createURI("http://lib.example/vocab/clc/F12");
        Graph doc = docs.get(f124.getURI());
        assertTrue(doc.contains(f124, SKOS.broader.asNode(), f12));
        assertTrue(doc.contains(f124, SKOS.notation.asNode(), NodeFactory.createLiteralString("F124")));
        assertTrue(doc.contains(f124, SKOS.inScheme.asNode(), NodeFactory.createURI("http://lib.example/vocab/clc")));
        // the broader class is named in the class's own document, so a page can label the link
        assertTrue(doc.contains(f12, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY));
        assertTrue(docs.get(f12.getURI()).contains(f12, SKOS.narrower.asNode(), f124));
        assertTrue(docs.containsKey("http://lib.example/vocab/clc"), "the scheme has its document");
        assertEquals("http://lib.example/vocab/clc/TP3", ClcScheme.localize(ClcScheme.classIri("TP3"), base));
        assertEquals("http://other.example/x", ClcScheme.localize("http://other.example/x", base));
    }
}
