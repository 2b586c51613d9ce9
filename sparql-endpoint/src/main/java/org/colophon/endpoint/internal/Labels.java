package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Finds what to call a record: the main titles of its Instance (else Work), one per script. */
final class Labels {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final Node TITLE = NodeFactory.createURI(BF + "title");
    private static final Node MAIN_TITLE = NodeFactory.createURI(BF + "mainTitle");
    private static final Node INSTANCE = NodeFactory.createURI(BF + "Instance");
    private static final Node WORK = NodeFactory.createURI(BF + "Work");

    private Labels() {}

    /** The title literals: the Instance's main titles (all scripts), else the Work's, else any rdfs:label. */
    static List<Node> titleLiterals(Graph graph) {
        for (Node type : List.of(INSTANCE, WORK)) {
            Set<Node> found = new LinkedHashSet<>();
            for (Node subject : graph.find(Node.ANY, RDF.type.asNode(), type)
                    .mapWith(Triple::getSubject)
                    .toList()) {
                for (Node title : graph.find(subject, TITLE, Node.ANY)
                        .mapWith(Triple::getObject)
                        .toList()) {
                    graph.find(title, MAIN_TITLE, Node.ANY)
                            .mapWith(Triple::getObject)
                            .forEach(found::add);
                }
                if (!found.isEmpty()) {
                    return sorted(found);
                }
            }
        }
        Set<Node> labels = new LinkedHashSet<>();
        graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .forEach(labels::add);
        return labels.isEmpty() ? List.of() : sorted(labels).subList(0, 1);
    }

    /** What a node in the graph is called: its rdfs:label, else its title's main title, in every script. */
    static List<Node> of(Graph graph, Node node) {
        Set<Node> found = new LinkedHashSet<>();
        graph.find(node, RDFS.label.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .forEach(found::add);
        if (found.isEmpty()) {
            for (Node title :
                    graph.find(node, TITLE, Node.ANY).mapWith(Triple::getObject).toList()) {
                graph.find(title, MAIN_TITLE, Node.ANY)
                        .mapWith(Triple::getObject)
                        .forEach(found::add);
            }
        }
        return sorted(found);
    }

    /** The title texts, for a page title. */
    static List<String> titles(Graph graph) {
        List<String> out = new ArrayList<>();
        for (Node n : titleLiterals(graph)) {
            if (n.isLiteral()) {
                out.add(n.getLiteralLexicalForm());
            }
        }
        return out;
    }

    /** Vernacular first (tags without "-Latn"), then by text, so the order is stable. */
    private static List<Node> sorted(Set<Node> nodes) {
        List<Node> list = new ArrayList<>(nodes);
        list.removeIf(n -> !n.isLiteral());
        list.sort((a, b) -> {
            boolean la = a.getLiteralLanguage().contains("-Latn");
            boolean lb = b.getLiteralLanguage().contains("-Latn");
            return la != lb
                    ? Boolean.compare(la, lb)
                    : a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        });
        return list;
    }
}
