package org.colophon.transform.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.vocab.Prefixes;

/**
 * One path of a family, written {@code ANCHOR step/step/...}: the anchor is {@code W} (the record's Work),
 * {@code I} (its Instance) or {@code A} (the AdminMetadata of either: LoC hangs it on the Work, we on the Instance); a step is a property ({@code title}, {@code bflc:simplePlace}; bare names are BIBFRAME,
 * {@code label} is rdfs:label (or, on a node without one,
 * madsrdf:authoritativeLabel), {@code value} rdf:value, {@code a} rdf:type restricted to BIBFRAME classes); a step
 * may carry a filter on the node it reaches ({@code relation[relationship=relationship:series]}); the last step may
 * be a tuple {@code {a,mainTitle}} whose branches are read from the same node and joined, one value per combination.
 *
 * <p>Where a path ends on a node, not a value: an IRI from a vocabulary is the value; a blank node or an IRI minted
 * under the record gives its rdfs:label, else its rdf:value, else {@code (unlabelled node)}, and the authority it is
 * linked to (madsrdf:isIdentifiedByAuthority), which LoC gives as the node itself.
 */
final class PathSpec {
    static final Map<String, String> PREFIXES = Prefixes.STANDARD.getNsPrefixMap();
    private static final Node TYPE = NodeFactory.createURI(PREFIXES.get("rdf") + "type");
    private static final Node LABEL = NodeFactory.createURI(PREFIXES.get("rdfs") + "label");
    private static final Node AUTHORITATIVE_LABEL =
            NodeFactory.createURI("http://www.loc.gov/mads/rdf/v1#authoritativeLabel");
    private static final Node AUTHORITY =
            NodeFactory.createURI("http://www.loc.gov/mads/rdf/v1#isIdentifiedByAuthority");
    private static final Node ADMIN = NodeFactory.createURI(PREFIXES.get("bf") + "adminMetadata");
    private static final Node ROLE = NodeFactory.createURI(PREFIXES.get("bf") + "Role");
    private static final Node VALUE = NodeFactory.createURI(PREFIXES.get("rdf") + "value");
    private static final String EDTF = "http://id.loc.gov/datatypes/edtf";
    /** An ISBN's class as the first part of a tuple: its value is read without the hyphens that only display it. */
    private static final String ISBN = Normaliser.iri(PREFIXES.get("bf") + "Isbn");

    private final String text;
    private final char anchor;
    private final List<Step> steps;
    private final List<List<Step>> tuple;

    private record Step(Node property, boolean bfTypesOnly, Node filterProperty, Node filterValue) {}

    private PathSpec(String text, char anchor, List<Step> steps, List<List<Step>> tuple) {
        this.text = text;
        this.anchor = anchor;
        this.steps = steps;
        this.tuple = tuple;
    }

    static PathSpec parse(String text) {
        int sp = text.indexOf(' ');
        char anchor = text.charAt(0);
        if (sp != 1 || (anchor != 'W' && anchor != 'I' && anchor != 'A'))
            throw new IllegalArgumentException("a path starts with W, I or A and a space: " + text);
        String rest = text.substring(2);
        List<List<Step>> tuple = List.of();
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            if (!rest.endsWith("}")) throw new IllegalArgumentException("a tuple closes the path: " + text);
            tuple = new ArrayList<>();
            for (String branch : rest.substring(brace + 1, rest.length() - 1).split(",")) tuple.add(steps(branch));
            rest = brace == 0 ? "" : rest.substring(0, brace - 1);
        }
        return new PathSpec(text, anchor, rest.isEmpty() ? List.of() : steps(rest), tuple);
    }

    private static List<Step> steps(String path) {
        List<Step> out = new ArrayList<>();
        for (String s : path.split("/")) {
            Node filterP = null;
            Node filterV = null;
            int open = s.indexOf('[');
            if (open > 0) {
                String f = s.substring(open + 1, s.length() - 1);
                filterP = property(f.substring(0, f.indexOf('=')));
                filterV = NodeFactory.createURI(expand(f.substring(f.indexOf('=') + 1)));
                s = s.substring(0, open);
            }
            out.add(new Step(property(s), s.equals("a"), filterP, filterV));
        }
        return out;
    }

    private static Node property(String name) {
        return switch (name) {
            case "a" -> TYPE;
            case "label" -> LABEL;
            case "value" -> VALUE;
            default -> NodeFactory.createURI(expand(name));
        };
    }

    private static String expand(String curie) {
        int colon = curie.indexOf(':');
        if (colon < 0) return PREFIXES.get("bf") + curie;
        String ns = PREFIXES.get(curie.substring(0, colon));
        if (ns == null) throw new IllegalArgumentException("unknown prefix in " + curie);
        return ns + curie.substring(colon + 1);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The normalised values this path reaches in {@code g} from the record's Work or Instance. */
    Set<String> values(Graph g, Node work, Node instance, String base) {
        Set<String> out = new LinkedHashSet<>();
        List<Node> start = anchor == 'A'
                ? walk(g, List.of(work, instance), List.of(new Step(ADMIN, false, null, null)))
                : List.of(anchor == 'W' ? work : instance);
        for (Node n : walk(g, start, steps)) {
            if (tuple.isEmpty()) out.addAll(terminal(g, n, base));
            else out.addAll(tupleValues(g, n, base));
        }
        return out;
    }

    /** The last branch is the value (none: no value); earlier branches qualify it and read "" when missing. */
    private List<String> tupleValues(Graph g, Node n, String base) {
        List<String> combos = List.of("");
        for (int b = 0; b < tuple.size(); b++) {
            Set<String> vs = new LinkedHashSet<>();
            for (Node m : walk(g, List.of(n), tuple.get(b))) vs.addAll(terminal(g, m, base));
            if (vs.isEmpty()) {
                if (b == tuple.size() - 1) return List.of();
                vs.add("");
            }
            List<String> next = new ArrayList<>();
            for (String c : combos)
                for (String v : vs) next.add(b == 0 ? v : c + " | " + (c.equals(ISBN) ? Normaliser.isbn(v) : v));
            combos = next;
        }
        return combos;
    }

    private static List<Node> walk(Graph g, List<Node> from, List<Step> steps) {
        List<Node> current = from;
        for (Step s : steps) {
            List<Node> next = new ArrayList<>();
            for (Node n : current) {
                List<Triple> found = g.find(n, s.property, Node.ANY).toList();
                if (found.isEmpty() && s.property.equals(LABEL))
                    found = g.find(n, AUTHORITATIVE_LABEL, Node.ANY).toList();
                for (Triple t : found) {
                    Node o = t.getObject();
                    if (s.bfTypesOnly && !o.isURI()) continue;
                    if (s.bfTypesOnly
                            && !o.getURI().startsWith(PREFIXES.get("bf"))
                            && !o.getURI().startsWith(PREFIXES.get("bflc"))) continue;
                    if (s.filterProperty != null && !g.contains(o, s.filterProperty, s.filterValue)) continue;
                    next.add(o);
                }
            }
            current = next;
        }
        return current;
    }

    private static List<String> terminal(Graph g, Node n, String base) {
        if (n.isLiteral()) {
            String lexical = n.getLiteralLexicalForm();
            String v = EDTF.equals(n.getLiteralDatatypeURI()) ? Normaliser.edtf(lexical) : Normaliser.text(lexical);
            return v == null ? List.of() : List.of(v);
        }
        if (n.isURI() && !n.getURI().startsWith(base)) {
            String iri = Normaliser.iri(n.getURI());
            return iri == null ? List.of() : List.of(iri);
        }
        List<String> out = new ArrayList<>();
        if (n.isBlank() && g.contains(n, TYPE, ROLE)) {
            // a role given as a term ("former owner") is the relator the relator list has for it, if it has one
            for (Triple t : g.find(n, LABEL, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) continue;
                String term = t.getObject().getLiteralLexicalForm();
                String iri = org.colophon.transform.VocabularyLookup.get().iriByLabel("relators", term.strip());
                out.add(iri != null ? Normaliser.iri(iri) : Normaliser.text(term));
            }
            if (!out.isEmpty()) return out;
        }
        for (Node p : List.of(LABEL, VALUE)) {
            for (Triple t : g.find(n, p, Node.ANY).toList())
                if (t.getObject().isLiteral())
                    out.add(Normaliser.text(t.getObject().getLiteralLexicalForm()));
            if (!out.isEmpty()) break;
        }
        // a heading minted per record and linked to its authority is that authority: LoC names the node by the
        // authority's IRI itself (a 655 with $0 (DE-588)… is <https://d-nb.info/gnd/…>); both forms are read
        for (Triple t : g.find(n, AUTHORITY, Node.ANY).toList())
            if (t.getObject().isURI()) {
                String iri = Normaliser.iri(t.getObject().getURI());
                if (iri != null) out.add(iri);
            }
        return out.isEmpty() ? List.of("(unlabelled node)") : out;
    }
}
