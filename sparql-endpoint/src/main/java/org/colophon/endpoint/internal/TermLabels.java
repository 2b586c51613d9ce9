package org.colophon.endpoint.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.colophon.vocab.CodeTable;
import org.colophon.vocab.CodeTables;
import org.colophon.vocab.Ontologies;

/**
 * What to call a term on a page: a BIBFRAME or BFLC class or property by its label in the ontologies ({@code
 * bf:mainTitle} → "Main title"), a code-table IRI by its English label ({@code languages/chi} → "Chinese",
 * {@code relators/aut} → "author"). Read once.
 */
final class TermLabels {
    private TermLabels() {}

    private static final Map<String, String> LABELS = load();

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (Graph g : new Graph[] {Ontologies.bibframe(), Ontologies.bflc()}) {
            for (Triple t : g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).toList()) {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    String label = t.getObject().getLiteralLexicalForm().strip().replaceAll("\\s+", " ");
                    if (!label.isEmpty()) m.putIfAbsent(t.getSubject().getURI(), label);
                }
            }
        }
        for (String name : CodeTables.NAMES) {
            CodeTable table = CodeTables.get(name);
            for (CodeTable.Entry e : table.entries()) {
                if (e.iri() == null || e.iri().isEmpty()) continue;
                e.label("en").ifPresent(l -> m.putIfAbsent(e.iri(), l));
            }
        }
        return Map.copyOf(m);
    }

    /** The label of a term, or {@code null} when neither the ontologies nor the code tables name it. */
    static String of(String iri) {
        return LABELS.get(iri);
    }

    /** The label, else {@code fallback}. */
    static String of(String iri, String fallback) {
        String l = LABELS.get(iri);
        return l != null ? l : fallback;
    }
}
