package org.colophon.ingest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.RecordMeta;

/** Stored records read back by their graph IRIs, for refreshing and re-indexing. */
final class StoredRecords {
    private static final Duration LONG = Duration.ofHours(1);

    private StoredRecords() {}

    /** graph → the record's metadata, for the graphs the store holds as records. */
    static Map<String, RecordMeta> metas(GraphStore store, Collection<String> graphs) {
        Map<String, RecordMeta> out = new HashMap<>();
        if (graphs.isEmpty()) return out;
        StringBuilder q = new StringBuilder("SELECT ?g ?s ?r WHERE { VALUES ?g {");
        for (String g : graphs) q.append(" <").append(g).append('>');
        q.append(" } GRAPH <")
                .append(ColophonMeta.META_GRAPH)
                .append("> { ?g <")
                .append(ColophonMeta.sourceId.getURI())
                .append("> ?s ; <")
                .append(ColophonMeta.recordId.getURI())
                .append("> ?r } }");
        QueryResult.Select rows = (QueryResult.Select) store.query(q.toString(), LONG);
        for (Binding b : rows.rows()) {
            String g = b.get(Var.alloc("g")).getURI();
            store.record(
                            b.get(Var.alloc("s")).getLiteralLexicalForm(),
                            b.get(Var.alloc("r")).getLiteralLexicalForm())
                    .filter(r -> r.meta().graphIri().equals(g))
                    .ifPresent(r -> out.put(g, r.meta()));
        }
        return out;
    }

    /** The triples of one record's graph. */
    static List<Triple> triples(GraphStore store, String graph) {
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }";
        QueryResult.Triples t = (QueryResult.Triples) store.query(q, LONG);
        List<Triple> triples = new ArrayList<>();
        t.graph().find(Node.ANY, Node.ANY, Node.ANY).forEach(triples::add);
        return triples;
    }
}
