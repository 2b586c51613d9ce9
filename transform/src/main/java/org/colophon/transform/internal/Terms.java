package org.colophon.transform.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.colophon.vocab.BF;
import org.colophon.vocab.BFLC;
import org.colophon.vocab.Ontologies;

/**
 * The classes and properties a rule may name in the namespaces whose vocabulary we ship: BIBFRAME and BFLC (from the
 * ontologies in {@code vocabularies}, {@link Ontologies}) and RDF, RDFS and OWL (as Jena defines them). A term in
 * any other namespace (MADS/RDF, the id.loc.gov code lists, a prefix a rule file declares) is not checked.
 */
public final class Terms {
    private static final List<String> CHECKED = List.of(BF.NS, BFLC.NS, RDF.getURI(), RDFS.getURI(), OWL2.getURI());
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final Set<String> PROPERTY_TYPES = Set.of(
            OWL + "ObjectProperty",
            OWL + "DatatypeProperty",
            OWL + "AnnotationProperty",
            OWL + "SymmetricProperty",
            OWL + "TransitiveProperty",
            OWL + "FunctionalProperty",
            RDF.getURI() + "Property");
    private static final Set<String> CLASS_TYPES = Set.of(OWL + "Class", RDFS.getURI() + "Class");

    private final Set<String> classes;
    private final Set<String> properties;
    private final Set<String> others;

    private Terms(Set<String> classes, Set<String> properties, Set<String> others) {
        this.classes = classes;
        this.properties = properties;
        this.others = others;
    }

    private static final class Holder {
        static final Terms STANDARD = load();
    }

    /** The shipped vocabularies, read once. */
    public static Terms standard() {
        return Holder.STANDARD;
    }

    private static Terms load() {
        Set<String> classes = new HashSet<>();
        Set<String> properties = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (Graph g : List.of(Ontologies.bibframe(), Ontologies.bflc())) {
            for (Triple t : g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
                if (!t.getSubject().isURI() || !t.getObject().isURI()) continue;
                String type = t.getObject().getURI();
                String term = t.getSubject().getURI();
                if (CLASS_TYPES.contains(type)) classes.add(term);
                else if (PROPERTY_TYPES.contains(type)) properties.add(term);
                else others.add(term);
            }
        }
        for (Class<?> vocabulary : List.of(RDF.class, RDFS.class, OWL2.class)) {
            for (Field f : vocabulary.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                try {
                    Object v = f.get(null);
                    if (v instanceof Property p) properties.add(p.getURI());
                    else if (v instanceof Resource r && r.isURIResource()) {
                        // RDF, RDFS and OWL name their classes with a capital: rdfs:Class, owl:Thing; the rest are
                        // individuals such as rdf:nil
                        String local = r.getLocalName();
                        if (!local.isEmpty() && Character.isUpperCase(local.charAt(0))) classes.add(r.getURI());
                        else others.add(r.getURI());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return new Terms(Set.copyOf(classes), Set.copyOf(properties), Set.copyOf(others));
    }

    /** True when the IRI is in a namespace whose terms are known here. */
    public boolean checks(String iri) {
        for (String ns : CHECKED) {
            if (iri.startsWith(ns) && iri.length() > ns.length()) return true;
        }
        return false;
    }

    public boolean isClass(String iri) {
        return classes.contains(iri);
    }

    public boolean isProperty(String iri) {
        return properties.contains(iri);
    }

    /** True for any term the vocabulary defines: a class, a property or an individual. */
    public boolean isDefined(String iri) {
        return classes.contains(iri) || properties.contains(iri) || others.contains(iri);
    }
}
