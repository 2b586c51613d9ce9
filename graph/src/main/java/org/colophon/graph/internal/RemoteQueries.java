package org.colophon.graph.internal;

import static org.colophon.graph.internal.SparqlTerms.iri;
import static org.colophon.graph.internal.SparqlTerms.literal;

import java.util.Collection;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.RecordKey;

/**
 * The SPARQL a remote store sends about the metadata graph. Every query names the metadata graph itself, so none
 * depends on the store's default graph.
 */
final class RemoteQueries {

    private RemoteQueries() {}

    static final String META = iri(ColophonMeta.META_GRAPH);
    private static final String PREFIXES =
            "PREFIX colophon: <" + ColophonMeta.NS + ">\nPREFIX prov: <" + ColophonMeta.PROV + ">\n";

    /**
     * The stored fingerprint (graph, source, record id, checksum, mapping version) of each record with one of these
     * keys, and of each record whose graph is one of these IRIs (to find graphs that belong to another record).
     */
    static String lookup(Collection<RecordKey> keys, Collection<String> graphs) {
        StringBuilder q = new StringBuilder(PREFIXES).append("SELECT ?g ?src ?id ?sum ?ver WHERE { GRAPH ");
        q.append(META).append(" {\n");
        String fingerprint = " ?g colophon:checksum ?sum ; colophon:mappingVersion ?ver .";
        if (!keys.isEmpty()) {
            q.append(" { VALUES (?src ?id) {");
            for (RecordKey k : keys) {
                q.append(" (")
                        .append(literal(k.sourceId()))
                        .append(' ')
                        .append(literal(k.recordId()))
                        .append(')');
            }
            q.append(" }\n   ?g colophon:recordId ?id ; colophon:sourceId ?src .")
                    .append(fingerprint);
            q.append(" }\n");
        }
        if (!graphs.isEmpty()) {
            q.append(keys.isEmpty() ? "" : " UNION\n").append(" { VALUES ?g {");
            graphs.forEach(g -> q.append(' ').append(iri(g)));
            q.append(" }\n   ?g colophon:sourceId ?src ; colophon:recordId ?id .")
                    .append(fingerprint);
            q.append(" }\n");
        }
        return q.append("} }").toString();
    }

    /** Every property of the description of the record with this key. */
    static String record(RecordKey key) {
        return PREFIXES + "SELECT ?g ?p ?o WHERE { GRAPH " + META + " { ?g colophon:recordId " + literal(key.recordId())
                + " ; colophon:sourceId " + literal(key.sourceId()) + " ; ?p ?o } }";
    }

    /** The record ids of one source. */
    static String recordIds(String sourceId) {
        return PREFIXES + "SELECT ?id WHERE { GRAPH " + META + " { ?g colophon:sourceId " + literal(sourceId)
                + " ; colophon:recordId ?id } }";
    }

    /** Records, triples and last import per source; and, in a row of its own, the number of named graphs. */
    static String stats() {
        return PREFIXES + "SELECT ?src ?records ?triples ?last ?graphs WHERE {\n"
                + " { SELECT ?src (COUNT(?g) AS ?records) (SUM(?n) AS ?triples) (MAX(?t) AS ?last) WHERE {\n"
                + "   GRAPH " + META + " { ?g colophon:sourceId ?src ; colophon:tripleCount ?n ;"
                + " prov:generatedAtTime ?t } } GROUP BY ?src }\n"
                + " UNION { SELECT (COUNT(?h) AS ?graphs) WHERE { GRAPH ?h { } } }\n}";
    }

    /** Whether the metadata graph describes any record. */
    static String anyRecord() {
        return PREFIXES + "ASK { GRAPH " + META + " { ?g colophon:sourceId ?src } }";
    }

    /** The triples of one graph, and (marked by {@code ?m}) what the metadata graph says about it. */
    static String document(String graphIri) {
        String g = iri(graphIri);
        return "SELECT ?s ?p ?o ?m WHERE { { GRAPH " + g + " { ?s ?p ?o } }\n UNION { GRAPH " + META + " { " + g
                + " ?p ?o } BIND(" + g + " AS ?s) BIND(true AS ?m) } }";
    }

    /** How many records a source has. */
    static String countSource(String sourceId) {
        return PREFIXES + "SELECT (COUNT(?g) AS ?n) WHERE { GRAPH " + META + " { ?g colophon:sourceId "
                + literal(sourceId) + " } }";
    }

    /** Removes every record graph of a source and their descriptions, in one request. */
    static String deleteSource(String sourceId) {
        String s = literal(sourceId);
        return PREFIXES + "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH " + META + " { ?g colophon:sourceId " + s
                + " } GRAPH ?g { ?s ?p ?o } };\n"
                + "DELETE { GRAPH " + META + " { ?g ?p ?o } } WHERE { GRAPH " + META + " { ?g colophon:sourceId " + s
                + " ; ?p ?o } }";
    }

    /** Whether the metadata graph describes any record, and whether the default graph shows it (union default). */
    static String unionCheck() {
        return PREFIXES + "SELECT ?meta ?union WHERE {\n BIND(EXISTS { GRAPH " + META
                + " { ?g a colophon:RecordGraph } } AS ?meta)\n BIND(EXISTS { ?h a colophon:RecordGraph } AS ?union) }";
    }
}
