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
 * node ({@code record#Agent700-2}, {@code record#Topic650-1}) and every minted name/title or uniform title work
 * ({@code record#Work700-1}, {@code record#Work600-1}; not the record's own {@code record#Work}) with its label, its
 * kind, and the identifiers its {@code $0}/{@code $1} gave ({@code madsrdf:isIdentifiedByAuthority}, {@code
 * owl:sameAs}, and numbers such as {@code (DLC)n  79021164} as {@code bf:identifiedBy [rdf:value …]}). A heading
 * with subdivisions ({@code Handel, George Frideric, 1685-1759--Operas}) also gives its main heading and the kind
 * its tag says that is, to link when no authority is held for the whole.
 */
public final class BibHeadings {
    private BibHeadings() {}

    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String IDENTIFIED_BY_AUTHORITY = AuthorityReader.MADS + "isIdentifiedByAuthority";

    /**
     * One heading: the node, its kind, its label (the untagged or Latin one when there are several), identifiers;
     * for a heading with subdivisions, its main heading and that one's kind (else null).
     */
    public record Heading(String node, Kind kind, String label, Set<String> identifiers, String main, Kind mainKind) {}

    static final String IDENTIFIED_BY = AuthorityReader.BF + "identifiedBy";
    private static final java.util.regex.Pattern MINTED =
            java.util.regex.Pattern.compile("#[A-Za-z]+([0-9]{3})-[0-9]+$");

    public static List<Heading> of(String graph, List<Triple> triples) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, List<Node>> numbers = new HashMap<>();
        Map<Node, List<String>> values = new HashMap<>();
        String prefix = graph + "#";
        for (Triple t : triples) {
            Node s = t.getSubject();
            if (s.isBlank()
                    && t.getPredicate().getURI().equals(AuthorityReader.RDF_VALUE)
                    && t.getObject().isLiteral()) {
                values.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(t.getObject().getLiteralLexicalForm());
            }
            if (!s.isURI() || !s.getURI().startsWith(prefix)) continue;
            String node = s.getURI();
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.equals(AuthorityReader.RDF_TYPE) && o.isURI()) {
                Kind k = Kind.ofClass(o.getURI());
                // a work is a heading when minted from a field (record#Work700-1), not the record's own record#Work
                if (k == null || (k == Kind.WORK && !MINTED.matcher(node).find())) continue;
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
            } else if (p.equals(IDENTIFIED_BY) && o.isBlank()) {
                numbers.computeIfAbsent(node, k -> new ArrayList<>()).add(o);
            }
        }
        numbers.forEach((node, bs) -> {
            for (Node b : bs) {
                for (String v : values.getOrDefault(b, List.of())) {
                    String key = Identifiers.key(v);
                    if (key != null)
                        ids.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(key);
                }
            }
        });
        List<Heading> out = new ArrayList<>();
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            String label = labels.get(e.getKey());
            if (label == null || label.isBlank()) continue;
            String main = null;
            Kind mainKind = null;
            int sub = label.indexOf("--");
            if (e.getValue() == Kind.COMPLEX && sub > 0) {
                main = label.substring(0, sub).strip();
                mainKind = kindOfTag(e.getKey());
            }
            out.add(new Heading(
                    e.getKey(), e.getValue(), label, ids.getOrDefault(e.getKey(), Set.of()), main, mainKind));
        }
        return out;
    }

    /** What the main heading of a subject field names, by the tag its node was minted from ({@code #Topic600-1}). */
    static Kind kindOfTag(String node) {
        java.util.regex.Matcher m = MINTED.matcher(node);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "600", "610", "611" -> Kind.AGENT;
            case "630" -> Kind.WORK;
            case "647", "650" -> Kind.TOPIC;
            case "648" -> Kind.TEMPORAL;
            case "651" -> Kind.PLACE;
            case "655" -> Kind.GENRE;
            default -> null;
        };
    }
}
