package org.colophon.transform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The N-Quads writer as it was before it wrote bytes directly (commit f7279a9): escape the whole line as text,
 * then encode it to UTF-8. Kept as the plain reference {@link NQuads} must match byte for byte.
 *
 * One record's triples as N-Triples or N-Quads bytes, so records can be serialised on the threads that convert them.
 * Blank node labels are the record's own (unique per record), so records written one after another never share one.
 */
final class NQuadsReference {
    private NQuadsReference() {}

    static byte[] ntriples(List<Triple> triples) {
        return encode(triples, null);
    }

    static byte[] nquads(List<Triple> triples, String graph) {
        return encode(triples, NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(graph)));
    }

    private static byte[] encode(List<Triple> triples, String graph) {
        StringBuilder sb = new StringBuilder(triples.size() * 120);
        for (Triple t : triples) {
            term(sb, t.getSubject());
            sb.append(' ');
            term(sb, t.getPredicate());
            sb.append(' ');
            term(sb, t.getObject());
            if (graph != null) sb.append(' ').append(graph);
            sb.append(" .\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void term(StringBuilder sb, Node n) {
        if (n.isURI() && plain(n.getURI())) sb.append('<').append(n.getURI()).append('>');
        else if (n.isLiteral()) literal(sb, n);
        else if (n.isBlank() && safeLabel(n.getBlankNodeLabel()))
            sb.append("_:").append(n.getBlankNodeLabel());
        else sb.append(NodeFmtLib.strNT(n));
    }

    private static void literal(StringBuilder sb, Node n) {
        String lex = n.getLiteralLexicalForm();
        sb.append('"');
        for (int i = 0; i < lex.length(); i++) {
            char c = lex.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04X", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) sb.append('@').append(lang);
        else if (!n.getLiteralDatatypeURI().equals(XSD_STRING))
            sb.append("^^<").append(n.getLiteralDatatypeURI()).append('>');
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** Labels Colophon mints (hex digits, 'x', a counter) need no encoding; others go through Jena's formatter. */
    private static boolean safeLabel(String label) {
        if (label.isEmpty() || !Character.isLetterOrDigit(label.charAt(0))) return false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** True when the IRI has no character N-Triples would need to escape (then Jena's formatter does it). */
    private static boolean plain(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
