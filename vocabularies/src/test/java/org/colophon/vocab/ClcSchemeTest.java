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
}
