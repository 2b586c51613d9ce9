package org.colophon.discovery.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** One record's triples indexed by subject and predicate, for walking from an Instance to what describes it. */
final class RecordGraph {
    private final Map<Node, Map<Node, List<Node>>> bySubject = new HashMap<>();

    RecordGraph(List<Triple> triples) {
        for (Triple t : triples) {
            bySubject
                    .computeIfAbsent(t.getSubject(), s -> new HashMap<>())
                    .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>(2))
                    .add(t.getObject());
        }
    }

    /** The objects of {@code s p ?o}, in triple order. */
    List<Node> objects(Node s, Node p) {
        Map<Node, List<Node>> props = bySubject.get(s);
        if (props == null) return List.of();
        List<Node> o = props.get(p);
        return o == null ? List.of() : o;
    }

    /** The objects of a path {@code s p1/p2/...}. */
    List<Node> path(Node s, Node... ps) {
        List<Node> current = List.of(s);
        for (Node p : ps) {
            List<Node> next = new ArrayList<>();
            for (Node n : current) next.addAll(objects(n, p));
            current = next;
        }
        return current;
    }

    /** Literal values of {@code s p ?o}. */
    List<Node> literals(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        for (Node o : objects(s, p)) if (o.isLiteral()) out.add(o);
        return out;
    }

    boolean hasType(Node s, Node type) {
        return objects(s, RDF_TYPE).contains(type);
    }

    /** Subjects typed {@code type}, in the order first seen. */
    List<Node> subjectsOfType(Node type) {
        List<Node> out = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, List<Node>>> e : bySubject.entrySet()) {
            List<Node> types = e.getValue().get(RDF_TYPE);
            if (types != null && types.contains(type)) out.add(e.getKey());
        }
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.Nodes.type;
}
