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
 * The HTML page of a record document ({@code record.jte}): a catalogue card a reader understands ({@link
 * RecordCard}), where the record came from and when, the formats it can be had in, then every property of every
 * entity ({@code #Work}, {@code #Instance}, {@code #Agent100-1}, …) for those who want them, labelled from the
 * ontologies and code tables. Parallel literals (880 pairs) stand side by side with their language tags; IRIs under
 * the base are local links; blank nodes (titles, identifiers, notes) are shown nested inside their entity.
 */
public final class ResourcePage {

    private static final int MAX_DEPTH = 5;

    private final Site site;
    private final Graph graph;
    private final Node doc;

    /** What {@code record.jte} shows. */
    public record View(
            String iri,
            Card card,
            String provenance,
            List<Card.Link> formats,
            AuthorityBox.View authority,
            List<Entity> entities) {}

    /** One entity of the record with its properties; {@code types} are labels. */
    public record Entity(String id, List<String> types, List<Prop> props) {}

    /** A property, labelled, with the short name and IRI for a tooltip. */
    public record Prop(String label, String name, List<Value> values) {}

    /**
     * A value: a literal ({@code text}, {@code lang}), a link ({@code href} and the target's {@code names}, else
     * {@code text}) or a nested node ({@code nested}).
     */
    public record Value(String text, String lang, String href, List<Card.Text> names, List<Prop> nested) {
        public String tag() {
            return lang == null || lang.isEmpty() ? null : lang;
        }
    }

    private ResourcePage(Site site, RecordDocument document) {
        this.site = site;
        this.graph = document.graph();
        this.doc = NodeFactory.createURI(document.iri());
    }

    static String html(Site site, RecordDocument document) {
        return new ResourcePage(site, document).render(document);
    }

    private String render(RecordDocument document) {
        Card card = RecordCard.of(site, document);
        List<String> titles = new ArrayList<>();
        for (Card.Text t : card.titles()) titles.add(t.value());
        String heading = titles.isEmpty() ? doc.getURI() : String.join(" = ", titles);
        StringBuilder prov = new StringBuilder();
        ProvenanceBox.append(prov, graph, doc);
        String path = site.pathOf(doc.getURI());
        List<Card.Link> formats = new ArrayList<>();
        for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML))
            formats.add(new Card.Link(label(f), path + "." + f.extension));
        List<Entity> entities = new ArrayList<>();
        for (Node subject : entities()) {
            List<String> types = new ArrayList<>();
            for (Node type : objects(subject, RDF.type.asNode()))
                types.add(type.isURI() ? TermLabels.of(type.getURI(), shortName(type)) : "");
            entities.add(new Entity(fragment(subject), types, properties(subject, 0, new HashSet<>())));
        }
        View view = new View(
                doc.getURI(), card, prov.toString(), formats, AuthorityBox.of(site, graph, doc.getURI()), entities);
        String body = Pages.render("record.jte", Map.of("v", view));
        return Pages.layout(site, heading + " — " + site.config().title(), "", out -> out.writeContent(body));
    }

    private static String label(RdfFormat f) {
        return switch (f) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
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

    private List<Prop> properties(Node subject, int depth, Set<Node> seen) {
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
        List<Prop> props = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            List<Value> vs = new ArrayList<>();
            for (Node v : values) {
                if (v.isBlank() && depth < MAX_DEPTH && !seen.contains(v)) {
                    vs.add(new Value(null, null, null, List.of(), properties(v, depth + 1, seen)));
                } else {
                    vs.add(value(v));
                }
            }
            String name = shortName(p);
            props.add(new Prop(TermLabels.of(p.getURI(), name), name + " — " + p.getURI(), vs));
        });
        return props;
    }

    private Value value(Node v) {
        if (v.isLiteral()) return new Value(v.getLiteralLexicalForm(), v.getLiteralLanguage(), null, List.of(), null);
        if (v.isURI()) {
            String local = site.pathOf(v.getURI());
            String href = local != null ? local : Html.linkable(v.getURI()) ? v.getURI() : null;
            List<Card.Text> names = new ArrayList<>();
            for (Node name : Labels.of(graph, v))
                names.add(new Card.Text(name.getLiteralLexicalForm(), name.getLiteralLanguage()));
            String text = local != null ? local : TermLabels.of(v.getURI(), shortName(v));
            return new Value(text, null, href, names, null);
        }
        return new Value("[…]", null, null, List.of(), null);
    }

    private List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private String shortName(Node n) {
        return site.prefixes().shortForm(n.getURI());
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
