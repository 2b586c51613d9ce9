package org.colophon.graph.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.Quad;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.RecordMeta;

/**
 * Writes one batch as one SPARQL Update request, operation by operation in the order the batch made them: a put is
 * {@code DROP SILENT GRAPH <g>}, the removal of {@code <g>}'s description from the metadata graph, and one {@code
 * INSERT DATA} with the record's triples and its new description; a delete is the drop and the removal. A store
 * that runs one request in one transaction (Fuseki, GraphDB, Virtuoso) thus applies the batch whole or not at all.
 *
 * <p>Blank node labels are numbered per operation: SPARQL forbids reusing a label across the operations of one
 * request, and a record may be put twice in one batch.
 */
final class UpdateWriter {

    private static final String META = SparqlTerms.iri(ColophonMeta.META_GRAPH);

    private final Buffer bytes = new Buffer();
    private final AWriter out = IO.wrapUTF8(bytes);
    private final NodeFormatter terms = new NodeFormatterNT(CharSpace.UTF8);
    private final Map<Node, String> blankNodes = new HashMap<>();
    private int operations;

    /**
     * Adds a put: drops {@code movedFrom} (the graph the record had, when it moves to another graph IRI) and the
     * record's graph, then inserts its triples and description.
     */
    void put(String movedFrom, RecordMeta meta, Set<Triple> triples, Instant imported) {
        if (movedFrom != null) {
            drop(movedFrom);
        }
        drop(meta.graphIri());
        operations++;
        blankNodes.clear();
        out.write("INSERT DATA {\n GRAPH ");
        out.write(SparqlTerms.iri(meta.graphIri()));
        out.write(" {\n");
        for (Triple t : triples) {
            triple(t.getSubject(), t.getPredicate(), t.getObject());
        }
        out.write(" }\n GRAPH ");
        out.write(META);
        out.write(" {\n");
        for (Quad q : MetaGraph.quads(meta, imported, triples.size())) {
            triple(q.getSubject(), q.getPredicate(), q.getObject());
        }
        out.write(" }\n};\n");
    }

    /** Adds the removal of a record graph and its description. */
    void drop(String graphIri) {
        String g = SparqlTerms.iri(graphIri);
        out.write("DROP SILENT GRAPH ");
        out.write(g);
        out.write(";\nDELETE WHERE { GRAPH ");
        out.write(META);
        out.write(" { ");
        out.write(g);
        out.write(" ?p ?o } };\n");
        operations += 2;
    }

    boolean isEmpty() {
        return operations == 0;
    }

    /** The request body so far, without copying it. */
    HttpRequest.BodyPublisher body() {
        out.flush();
        return bytes.publisher();
    }

    /** Bytes written so far. */
    long size() {
        out.flush();
        return bytes.size();
    }

    private void triple(Node s, Node p, Node o) {
        out.write("  ");
        term(s);
        out.write(' ');
        term(p);
        out.write(' ');
        term(o);
        out.write(" .\n");
    }

    private void term(Node n) {
        if (n.isBlank()) {
            out.write(blankNodes.computeIfAbsent(n, b -> "_:b" + operations + "x" + blankNodes.size()));
        } else {
            terms.format(out, n);
        }
    }

    /** A byte buffer whose contents can be handed to the HTTP client as they are. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(buf, 0, count);
        }
    }
}
