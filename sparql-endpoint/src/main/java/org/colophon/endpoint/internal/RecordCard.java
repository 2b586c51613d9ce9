package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.colophon.discovery.Facets;
import org.colophon.graph.ColophonMeta;
import org.colophon.vocab.BF;
import org.colophon.vocab.BFLC;
import org.colophon.vocab.MADS;

/** Reads the {@link Card} of a record document: its (first) Instance and the Work that Instance is of. */
final class RecordCard {
    private final Site site;
    private final Graph g;

    private RecordCard(Site site, Graph graph) {
        this.site = site;
        this.g = graph;
    }

    private static Node bf(String local) {
        return NodeFactory.createURI(BF.NS + local);
    }

    private static Node bflc(String local) {
        return NodeFactory.createURI(BFLC.NS + local);
    }

    static Card of(Site site, RecordDocument doc) {
        return new RecordCard(site, doc.graph()).read(NodeFactory.createURI(doc.iri()));
    }

    private Card read(Node doc) {
        List<Node> instances = new ArrayList<>(g.find(Node.ANY, RDF.type.asNode(), bf("Instance"))
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .toList());
        instances.sort(Comparator.comparing((Node n) -> !n.getURI().endsWith("#Instance"))
                .thenComparing(Node::getURI));
        Node instance = first(instances);
        List<Node> works = instance == null
                ? g.find(Node.ANY, RDF.type.asNode(), bf("Work"))
                        .mapWith(Triple::getSubject)
                        .toList()
                : objects(instance, bf("instanceOf"));

        List<Node> titleNodes = instance == null ? new ArrayList<>() : new ArrayList<>(objects(instance, bf("title")));
        if (titleNodes.isEmpty()) for (Node w : works) titleNodes.addAll(objects(w, bf("title")));
        List<Card.Text> titles = new ArrayList<>();
        for (Node t : titleNodes) {
            if (g.contains(t, RDF.type.asNode(), bf("VariantTitle"))) continue;
            List<Node> subs = literals(t, bf("subtitle"));
            for (Node m : literals(t, bf("mainTitle"))) {
                String display = m.getLiteralLexicalForm();
                for (Node s : subs)
                    if (s.getLiteralLanguage().equals(m.getLiteralLanguage())) {
                        display += " : " + s.getLiteralLexicalForm();
                        break;
                    }
                titles.add(new Card.Text(display, m.getLiteralLanguage()));
            }
        }
        titles.sort(VERNACULAR_FIRST);

        List<Card.Text> publication = texts(instance, bf("publicationStatement"));
        if (publication.isEmpty() && instance != null) {
            for (Node pa : objects(instance, bf("provisionActivity"))) {
                List<String> parts = new ArrayList<>();
                literals(pa, bflc("simplePlace")).forEach(n -> parts.add(n.getLiteralLexicalForm()));
                literals(pa, bflc("simpleAgent")).forEach(n -> parts.add(n.getLiteralLexicalForm()));
                literals(pa, bflc("simpleDate")).forEach(n -> parts.add(n.getLiteralLexicalForm()));
                if (!parts.isEmpty()) publication.add(new Card.Text(String.join(", ", parts), ""));
            }
        }
        List<Card.Text> extent = new ArrayList<>();
        if (instance != null) {
            for (Node e : objects(instance, bf("extent")))
                for (Node l : literals(e, RDFS.label.asNode())) extent.add(text(l));
            extent.addAll(texts(instance, bf("dimensions")));
        }
        List<Card.Text> series = texts(instance, bf("seriesStatement"));

        List<Card.Name> names = new ArrayList<>();
        List<Card.Name> subjects = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        for (Node w : works) {
            for (Node c : objects(w, bf("contribution"))) {
                String role = null;
                for (Node r : objects(c, bf("role"))) {
                    role = r.isURI() ? TermLabels.of(r.getURI(), null) : null;
                    if (role == null && !literals(r, RDFS.label.asNode()).isEmpty())
                        role = literals(r, RDFS.label.asNode()).get(0).getLiteralLexicalForm();
                    if (role != null) break;
                }
                for (Node agent : objects(c, bf("agent"))) {
                    List<Node> labels = literals(agent, RDFS.label.asNode());
                    if (labels.isEmpty()) continue;
                    names.add(name(agent, labels, Facets.CONTRIBUTOR, preferred(labels), role));
                }
            }
            for (Node s : objects(w, bf("subject"))) {
                List<Node> labels = literals(s, RDFS.label.asNode());
                if (labels.isEmpty()) labels = literals(s, NodeFactory.createURI(MADS.NS + "authoritativeLabel"));
                if (labels.isEmpty()) continue;
                subjects.add(name(s, labels, Facets.SUBJECT, labels.get(0).getLiteralLexicalForm(), null));
            }
            for (Node l : objects(w, bf("language")))
                if (l.isURI())
                    languages.add(TermLabels.of(
                            l.getURI(), l.getURI().substring(l.getURI().lastIndexOf('/') + 1)));
        }

        List<Card.Field> identifiers = new ArrayList<>();
        if (instance != null)
            for (Node id : objects(instance, bf("identifiedBy"))) {
                String kind = null;
                for (Node t : objects(id, RDF.type.asNode()))
                    if (t.isURI() && !t.equals(bf("Identifier"))) kind = identifierLabel(t.getURI());
                for (Node v : literals(id, RDF.value.asNode())) {
                    String value = v.getLiteralLexicalForm();
                    for (Node q : literals(id, bf("qualifier"))) value += " (" + q.getLiteralLexicalForm() + ")";
                    identifiers.add(new Card.Field(kind == null ? "Identifier" : kind, value));
                }
            }

        List<Card.Link> libraries = new ArrayList<>();
        for (Node s : objects(doc, ColophonMeta.sourceId))
            if (s.isLiteral()) libraries.add(library(site, s.getLiteralLexicalForm()));

        return new Card(
                null,
                null,
                titles,
                texts(instance, bf("responsibilityStatement")),
                texts(instance, bf("editionStatement")),
                publication,
                extent,
                series,
                names,
                subjects,
                identifiers,
                List.copyOf(languages),
                libraries);
    }

    /** A library by name (from the configuration), linking to everything it holds. */
    static Card.Link library(Site site, String sourceId) {
        return new Card.Link(site.config().libraryName(sourceId), SearchView.filterHref(Facets.LIBRARY, sourceId));
    }

    private Card.Name name(Node node, List<Node> labels, String dimension, String facetValue, String role) {
        List<Card.Text> forms = new ArrayList<>();
        for (Node l : labels) forms.add(text(l));
        forms.sort(VERNACULAR_FIRST);
        String page = node.isURI() ? site.pathOf(node.getURI()) : null;
        return new Card.Name(forms, role, SearchView.filterHref(dimension, facetValue), page);
    }

    /** "ISBN", "LCCN", "OCLC number": the class's label, shortened where cataloguers use the initials. */
    private static String identifierLabel(String typeIri) {
        String local = typeIri.substring(typeIri.lastIndexOf('/') + 1);
        return switch (local) {
            case "Isbn", "Issn", "Lccn", "Ismn", "Isrc", "Doi", "Nbn", "Urn" ->
                local.toUpperCase(java.util.Locale.ROOT);
            default -> TermLabels.of(typeIri, local);
        };
    }

    /** The name the index files a contributor under: the first form not in Latin script, else the first. */
    static String preferred(List<Node> labels) {
        for (Node l : labels) {
            String lang = l.getLiteralLanguage();
            if (!lang.isEmpty() && !lang.contains("-Latn")) return l.getLiteralLexicalForm();
        }
        return labels.get(0).getLiteralLexicalForm();
    }

    static final Comparator<Card.Text> VERNACULAR_FIRST =
            Comparator.comparing((Card.Text t) -> t.lang().isEmpty() || t.lang().contains("-Latn"));

    private List<Node> objects(Node s, Node p) {
        if (s == null) return List.of();
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private List<Node> literals(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        for (Node o : objects(s, p)) if (o.isLiteral()) out.add(o);
        return out;
    }

    private List<Card.Text> texts(Node s, Node p) {
        List<Card.Text> out = new ArrayList<>();
        for (Node n : literals(s, p)) out.add(text(n));
        out.sort(VERNACULAR_FIRST);
        return out;
    }

    private static Card.Text text(Node literal) {
        return new Card.Text(literal.getLiteralLexicalForm(), literal.getLiteralLanguage());
    }

    private static Node first(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
