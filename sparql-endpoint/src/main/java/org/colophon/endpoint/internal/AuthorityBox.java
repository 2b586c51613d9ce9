package org.colophon.endpoint.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.QueryResult;

/**
 * What an authority record's page says first ({@code authority.jte}): the preferred heading's variants (4XX and
 * their 880 forms), its related and broader headings (5XX; a link when the store holds an authority with that
 * heading), and the records whose headings are linked to it ({@code madsrdf:isIdentifiedByAuthority}, or {@code
 * colophon:componentAuthority} for the main heading of a subdivided one), found in the link graphs the authority
 * linker writes.
 */
public final class AuthorityBox {
    private AuthorityBox() {}

    static final String MADS = "http://www.loc.gov/mads/rdf/v1#";
    static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    static final String COLOPHON = "https://w3id.org/colophon/ns#";

    /** At most this many linked records are listed. */
    static final int MAX_WORKS = 100;

    /** A heading: its text and language tag; a link when {@code href} is not null. */
    public record Heading(String text, String lang, String href) {
        public String tag() {
            return lang == null || lang.isEmpty() ? null : lang;
        }
    }

    /** What {@code authority.jte} shows; {@code more} is true when there are more linked records than listed. */
    public record View(String iri, List<Heading> variants, List<Heading> related, List<Heading> works, boolean more) {
        /** The search for the records linked to this authority: {@code /search?filter=authority:IRI}. */
        public String search() {
            return SearchView.filterHref(org.colophon.discovery.SearchRequest.AUTHORITY, iri);
        }
    }

    /** The box for a record document that describes {@code doc#Authority}, or null when it describes none. */
    static View of(Site site, Graph graph, String doc) {
        Node a = NodeFactory.createURI(doc + "#Authority");
        if (!graph.contains(a, uri(MADS + "authoritativeLabel"), Node.ANY)) return null;
        List<Heading> variants = new ArrayList<>();
        for (Node v : objects(graph, a, MADS + "hasVariant")) {
            for (Node l : objects(graph, v, MADS + "variantLabel")) {
                if (l.isLiteral()) variants.add(new Heading(l.getLiteralLexicalForm(), l.getLiteralLanguage(), null));
            }
        }
        List<String> relatedLabels = new ArrayList<>();
        for (String p : List.of("hasRelatedAuthority", "hasBroaderAuthority")) {
            for (Node r : objects(graph, a, MADS + p)) {
                for (Node l : objects(graph, r, MADS + "authoritativeLabel")) {
                    if (l.isLiteral()) relatedLabels.add(l.getLiteralLexicalForm());
                }
            }
        }
        Map<String, String> held = held(site, relatedLabels);
        List<Heading> related = new ArrayList<>();
        for (String l : relatedLabels) {
            String iri = held.get(l);
            related.add(new Heading(l, null, iri == null ? null : local(site, iri)));
        }
        List<Heading> works = works(site, a.getURI());
        boolean more = works.size() > MAX_WORKS;
        return new View(a.getURI(), variants, related, more ? works.subList(0, MAX_WORKS) : works, more);
    }

    /** The authorities the store holds under these exact headings: label → the authority's record IRI. */
    private static Map<String, String> held(Site site, List<String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        if (labels.isEmpty()) return out;
        StringBuilder q = new StringBuilder("SELECT ?l ?a WHERE { VALUES ?l {");
        for (String l : labels) q.append(' ').append(literal(l));
        q.append(" } ?a <")
                .append(MADS)
                .append("authoritativeLabel> ?l FILTER(STRENDS(STR(?a), \"#Authority\")) } ORDER BY ?a");
        for (Binding b : select(site, q.toString())) {
            String a = b.get(Var.alloc("a")).getURI();
            out.putIfAbsent(b.get(Var.alloc("l")).getLiteralLexicalForm(), a.substring(0, a.indexOf('#')));
        }
        return out;
    }

    /** The records with a heading linked to the authority, with their titles, by title; one more than listed. */
    private static List<Heading> works(Site site, String authority) {
        String q = "PREFIX madsrdf: <" + MADS + "> PREFIX bf: <" + BF + "> PREFIX c: <" + COLOPHON + ">"
                + " SELECT ?r (SAMPLE(?t) AS ?title) WHERE {"
                + " { ?h madsrdf:isIdentifiedByAuthority <" + authority + "> }"
                + " UNION { ?h c:componentAuthority <" + authority + "> }"
                + " BIND(STRBEFORE(STR(?h), \"#\") AS ?r) BIND(IRI(CONCAT(?r, \"#Instance\")) AS ?i)"
                + " OPTIONAL { ?i bf:title ?tn . ?tn a bf:Title ; bf:mainTitle ?t }"
                + " } GROUP BY ?r ORDER BY ?title ?r LIMIT " + (MAX_WORKS + 1);
        List<Heading> out = new ArrayList<>();
        for (Binding b : select(site, q)) {
            String r = b.get(Var.alloc("r")).getLiteralLexicalForm();
            Node t = b.get(Var.alloc("title"));
            out.add(new Heading(
                    t != null && t.isLiteral() ? t.getLiteralLexicalForm() : r,
                    t != null && t.isLiteral() ? t.getLiteralLanguage() : null,
                    local(site, r)));
        }
        return out;
    }

    private static List<Binding> select(Site site, String q) {
        QueryResult r = site.store().query(q, Duration.ofSeconds(20));
        return r instanceof QueryResult.Select s ? s.rows() : List.of();
    }

    private static String local(Site site, String iri) {
        String p = site.pathOf(iri);
        return p != null ? p : iri;
    }

    private static List<Node> objects(Graph g, Node s, String p) {
        return g.find(s, uri(p), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static String literal(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r") + "\"";
    }
}
