package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The HTML page of a record document: its title in every script the record has, where it came from and when, then
 * one section per entity ({@code #Work}, {@code #Instance}, {@code #Agent100-1}, …) with its properties. Parallel
 * literals (880 pairs) stand side by side with their language tags; IRIs under the base are local links; blank nodes
 * (titles, identifiers, notes) are shown nested inside their entity.
 */
final class ResourcePage {

    private static final int MAX_DEPTH = 5;

    private final Site site;
    private final Graph graph;
    private final Node doc;

    private ResourcePage(Site site, RecordDocument document) {
        this.site = site;
        this.graph = document.graph();
        this.doc = NodeFactory.createURI(document.iri());
    }

    static String html(Site site, RecordDocument document) {
        return new ResourcePage(site, document).render();
    }

    private String render() {
        List<String> titles = Labels.titles(graph);
        String heading = titles.isEmpty() ? doc.getURI() : String.join(" = ", titles);
        StringBuilder b = new StringBuilder();
        b.append("<h1>");
        appendTitleSpans(b);
        if (titles.isEmpty()) {
            b.append(Html.escape(doc.getURI()));
        }
        b.append("</h1><p class=\"iri\">").append(Html.escape(doc.getURI())).append("</p>");
        ProvenanceBox.append(b, graph, doc);
        String path = site.pathOf(doc.getURI());
        b.append("<p class=\"formats\">This record as: ");
        for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML)) {
            b.append("<a href=\"")
                    .append(Html.escape(path + "." + f.extension))
                    .append("\">")
                    .append(f.name().equals("JSONLD") ? "JSON-LD" : label(f))
                    .append("</a>");
        }
        b.append("</p>");
        for (Node subject : entities()) {
            b.append("<section class=\"entity\" id=\"")
                    .append(Html.escape(fragment(subject)))
                    .append("\"><h2>")
                    .append(Html.escape(fragment(subject)));
            for (Node type : objects(subject, RDF.type.asNode())) {
                b.append(" <span class=\"type\">")
                        .append(Html.escape(shortName(type)))
                        .append("</span>");
            }
            b.append("</h2>");
            properties(b, subject, 0, new HashSet<>());
            b.append("</section>");
        }
        return Html.page(site, heading + " — " + site.config().title(), b.toString());
    }

    private void appendTitleSpans(StringBuilder b) {
        boolean first = true;
        for (Node lit : Labels.titleLiterals(graph)) {
            if (!first) {
                b.append("<span class=\"sep\" aria-hidden=\"true\">·</span>");
            }
            first = false;
            Html.literal(b, lit);
        }
    }

    private static String label(RdfFormat f) {
        return switch (f) {
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF/XML";
            default -> f.name();
        };
    }

    /** IRI subjects other than the document itself: Work and Instance first, then by IRI. */
    private List<Node> entities() {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find().forEach(t -> {
            if (t.getSubject().isURI() && !t.getSubject().equals(doc)) {
                subjects.add(t.getSubject());
            }
        });
        List<Node> list = new ArrayList<>(subjects);
        list.sort(Comparator.comparingInt(this::rank).thenComparing(Node::getURI));
        return list;
    }

    private int rank(Node n) {
        String f = fragment(n);
        return f.equals("Work") ? 0 : f.equals("Instance") ? 1 : 2;
    }

    private void properties(StringBuilder b, Node subject, int depth, Set<Node> seen) {
        seen.add(subject);
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<Triple> triples =
                new ArrayList<>(graph.find(subject, Node.ANY, Node.ANY).toList());
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()));
        for (Triple t : triples) {
            if (!t.getPredicate().equals(RDF.type.asNode()) || !t.getSubject().isURI()) {
                byProperty
                        .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(t.getObject());
            }
        }
        b.append("<dl class=\"props\">");
        byProperty.forEach((p, values) -> {
            b.append("<dt title=\"").append(Html.escape(p.getURI())).append("\">");
            b.append(Html.escape(shortName(p))).append("</dt><dd><div class=\"values\">");
            for (Node v : values) {
                if (v.isBlank() && depth < MAX_DEPTH && !seen.contains(v)) {
                    b.append("<div class=\"node\">");
                    properties(b, v, depth + 1, seen);
                    b.append("</div>");
                } else {
                    value(b, v);
                }
            }
            b.append("</div></dd>");
        });
        b.append("</dl>");
    }

    private void value(StringBuilder b, Node v) {
        if (v.isLiteral()) {
            b.append("<span>");
            Html.literal(b, v);
            b.append("</span>");
        } else if (v.isURI()) {
            String local = site.pathOf(v.getURI());
            String href = local != null ? local : v.getURI();
            b.append("<a href=\"").append(Html.escape(href)).append("\">");
            List<Node> names = Labels.of(graph, v);
            if (names.isEmpty()) {
                b.append(Html.escape(local != null ? local : shortName(v)));
            } else {
                for (Node name : names) {
                    Html.literal(b, name);
                    b.append(' ');
                }
            }
            b.append("</a>");
        } else {
            b.append("<span class=\"iri\">[…]</span>");
        }
    }

    private List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private String shortName(Node n) {
        String iri = n.getURI();
        return site.prefixes().shortForm(iri);
    }

    private String fragment(Node n) {
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        if (iri.startsWith(doc.getURI()) && hash >= 0) {
            return iri.substring(hash + 1);
        }
        String local = site.pathOf(iri);
        return local != null ? local : iri;
    }
}
