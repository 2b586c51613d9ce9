package org.colophon.graph.internal;

import java.util.Collection;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.colophon.graph.RecordMeta;

/** IRIs and literals as SPARQL text, and the check that a record's IRIs can be written into a SPARQL request. */
final class SparqlTerms {

    private SparqlTerms() {}

    /** An IRI as {@code <…>}; the caller has checked it with {@link #writable(String)}. */
    static String iri(String iri) {
        return "<" + iri + ">";
    }

    /** A plain string literal, escaped. */
    static String literal(String text) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(text));
    }

    /**
     * Whether an IRI can stand between {@code <} and {@code >} in SPARQL: no spaces, controls or {@code <>"{}|^`\}
     * (the IRIREF production). Such IRIs are not valid IRIs anyway; TDB2 stores them, a SPARQL request cannot carry
     * them.
     */
    static boolean writable(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Refuses, naming the record, a record whose graph IRI or triples hold an IRI no SPARQL request can carry. */
    static void checkWritable(RecordMeta meta, Collection<Triple> triples) {
        check(meta, meta.graphIri());
        for (Triple t : triples) {
            check(meta, t.getSubject());
            check(meta, t.getPredicate());
            check(meta, t.getObject());
        }
    }

    private static void check(RecordMeta meta, Node n) {
        if (n.isURI()) {
            check(meta, n.getURI());
        } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
            check(meta, n.getLiteralDatatypeURI());
        }
    }

    private static void check(RecordMeta meta, String iri) {
        if (!writable(iri)) {
            throw new IllegalArgumentException("record " + meta.key() + " (graph <" + meta.graphIri()
                    + ">): the IRI <" + iri + "> has characters an IRI may not have and cannot be sent to the"
                    + " SPARQL store");
        }
    }
}
