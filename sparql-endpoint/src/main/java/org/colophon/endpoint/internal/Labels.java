package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/** Finds what to call a node of a record: its labels, else its main titles, one per script. */
final class Labels {
    private static final String BF = org.colophon.vocab.BF.NS;
    private static final Node TITLE = NodeFactory.createURI(BF + "title");
    private static final Node MAIN_TITLE = NodeFactory.createURI(BF + "mainTitle");

    private Labels() {}

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
