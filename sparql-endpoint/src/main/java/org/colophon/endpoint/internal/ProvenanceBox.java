package org.colophon.endpoint.internal;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.colophon.graph.ColophonMeta;

/** The line on a record page saying which library the record came from, and when it was imported. */
final class ProvenanceBox {
    private ProvenanceBox() {}

    static void append(StringBuilder b, Graph graph, Node doc) {
        String source = literalOf(graph, doc, ColophonMeta.sourceId);
        if (source == null) {
            return;
        }
        b.append("<div class=\"prov\">From library <strong>")
                .append(Html.escape(source))
                .append("</strong>, record <strong>")
                .append(Html.escape(String.valueOf(literalOf(graph, doc, ColophonMeta.recordId))))
                .append("</strong>");
        String imported = literalOf(graph, doc, ColophonMeta.generatedAtTime);
        if (imported != null) {
            b.append(", imported <time datetime=\"")
                    .append(Html.escape(imported))
                    .append("\">")
                    .append(Html.escape(imported.replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")))
                    .append("</time>");
        }
        String datestamp = literalOf(graph, doc, ColophonMeta.datestamp);
        if (datestamp != null) {
            b.append("; the library's datestamp ").append(Html.escape(datestamp));
        }
        b.append(".</div>");
    }

    private static String literalOf(Graph graph, Node s, Node p) {
        for (Node o : graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList()) {
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }
}
