package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void everyBfConstantIsDefinedInTheBibframeOntology() {
        Set<String> defined = definedTerms(Ontologies.bibframe(), BF.NS);
        Set<String> declared = declaredTerms(BF.class);
        Set<String> undefined = new TreeSet<>(declared);
        undefined.removeAll(defined);
        assertTrue(undefined.isEmpty(), "not in bibframe.rdf: " + undefined);
    }

    @Test
    void everyBibframeClassAndPropertyHasABfConstant() {
        Set<String> missing = definedTerms(Ontologies.bibframe(), BF.NS);
        missing.removeAll(declaredTerms(BF.class));
        assertTrue(missing.isEmpty(), "no constant in BF: " + missing);
    }

    @Test
    void everyBflcConstantIsDefinedInTheBflcOntologyAndViceVersa() {
        Set<String> defined = definedTerms(Ontologies.bflc(), BFLC.NS);
        assertEquals(defined, declaredTerms(BFLC.class));
    }

    @Test
    void bfConstantsAreTheOntologyIris() {
        assertEquals("http://id.loc.gov/ontologies/bibframe/Instance", BF.Instance.getURI());
        assertEquals("http://id.loc.gov/ontologies/bibframe/mainTitle", BF.mainTitle.getURI());
        assertEquals("http://www.loc.gov/mads/rdf/v1#authoritativeLabel", MADS.authoritativeLabel.getURI());
    }

    private static Set<String> definedTerms(Graph ontology, String ns) {
        Set<String> terms = new TreeSet<>();
        for (Node type : new Node[] {
            OWL.Class.asNode(),
            OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(),
            OWL.SymmetricProperty.asNode(),
            RDF.Property.asNode()
        }) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                String uri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
                if (uri.startsWith(ns) && uri.length() > ns.length()) {
                    terms.add(uri);
                }
            });
        }
        return terms;
    }

    private static Set<String> declaredTerms(Class<?> vocabulary) {
        Set<String> terms = new TreeSet<>();
        for (Field field : vocabulary.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == Node.class
                    && !field.getName().equals("NAMESPACE")) {
                try {
                    terms.add(((Node) field.get(null)).getURI());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }

    @Test
    void namespaceNodesMatchTheirStrings() {
        assertEquals(NodeFactory.createURI(BF.NS), BF.NAMESPACE);
        assertEquals(NodeFactory.createURI(BFLC.NS), BFLC.NAMESPACE);
        assertEquals(NodeFactory.createURI(MADS.NS), MADS.NAMESPACE);
    }
}
