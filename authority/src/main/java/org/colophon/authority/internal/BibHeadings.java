package org.colophon.authority.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.colophon.authority.Identifiers;
import org.colophon.authority.Kind;

/**
 * The headings of a bibliographic record that can be linked: every minted agent, topic, place, temporal or genre
 * node ({@code record#Agent700-2}, {@code record#Topic650-1}) with its label, its kind, and the identifiers its
 * {@code $0}/{@code $1} gave ({@code madsrdf:isIdentifiedByAuthority}, {@code owl:sameAs}).
 */
public final class BibHeadings {
    private BibHeadings() {}

    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String IDENTIFIED_BY_AUTHORITY = AuthorityReader.MADS + "isIdentifiedByAuthority";

    /** One heading: the node, its kind, its label (the untagged or Latin one when there are several), identifiers. */
    public record Heading(String node, Kind kind, String label, Set<String> identifiers) {}

    public static List<Heading> of(String graph, List<Triple> triples) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        String prefix = graph + "#";
        for (Triple t : triples) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(prefix)) continue;
            String node = s.getURI();
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(AuthorityReader.RDF_TYPE) && o.isURI()) {
                Kind k = Kind.ofClass(o.getURI());
                if (k == null || k == Kind.WORK) continue;
                Kind had = kinds.get(node);
                if (had == null || had == Kind.AGENT || k == Kind.COMPLEX) kinds.put(node, k);
            } else if (p.equals(RDFS_LABEL) && o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                boolean latin = lang.isEmpty() || lang.contains("-Latn");
                if (latin || !labels.containsKey(node)) labels.put(node, o.getLiteralLexicalForm());
            } else if ((p.equals(IDENTIFIED_BY_AUTHORITY) || p.equals(AuthorityReader.SAME_AS)) && o.isURI()) {
                String key = Identifiers.key(o.getURI());
                if (key != null)
                    ids.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(key);
            }
        }
        List<Heading> out = new ArrayList<>();
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            String label = labels.get(e.getKey());
            if (label == null || label.isBlank()) continue;
            out.add(new Heading(e.getKey(), e.getValue(), label, ids.getOrDefault(e.getKey(), Set.of())));
        }
        return out;
    }
}
