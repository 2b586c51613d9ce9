package org.colophon.ingest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.IndexCheck;
import org.colophon.ingest.IngestListener;

/** Compares the discovery index with the store, and repairs or rebuilds it from the store. */
public final class IndexSync {
    private static final Duration LONG = Duration.ofHours(6);

    private IndexSync() {}

    /** A stored record as the index sees it. */
    record Stored(String sourceId, String recordId, String graph, String checksum) {
        String key() {
            return sourceId + "\u0000" + recordId;
        }
    }

    static Map<String, Stored> stored(GraphStore store) {
        String q = "SELECT ?g ?s ?r ?c WHERE { GRAPH <" + ColophonMeta.META_GRAPH + "> { ?g <"
                + ColophonMeta.sourceId.getURI() + "> ?s ; <" + ColophonMeta.recordId.getURI() + "> ?r ; <"
                + ColophonMeta.checksum.getURI() + "> ?c }"
                // only records with an Instance have documents: authority records and derived link graphs have none
                + " FILTER EXISTS { GRAPH ?g { ?i a <http://id.loc.gov/ontologies/bibframe/Instance> } } }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, LONG);
        Map<String, Stored> out = new HashMap<>();
        Var g = Var.alloc("g"), s = Var.alloc("s"), r = Var.alloc("r"), c = Var.alloc("c");
        for (Binding b : rows.rows()) {
            Stored st = new Stored(
                    b.get(s).getLiteralLexicalForm(),
                    b.get(r).getLiteralLexicalForm(),
                    b.get(g).getURI(),
                    b.get(c).getLiteralLexicalForm());
            out.put(st.key(), st);
        }
        return out;
    }

    public static IndexCheck check(GraphStore store, DiscoveryIndex index) {
        Map<String, Stored> stored = stored(store);
        Map<String, String> indexed = index.records();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Stored st : stored.values()) {
            String sum = indexed.get(st.key());
            if (sum == null) missing.add(st.sourceId() + "/" + st.recordId());
            else if (!sum.equals(st.checksum())) stale.add(st.sourceId() + "/" + st.recordId());
        }
        for (String key : indexed.keySet()) if (!stored.containsKey(key)) extra.add(key.replace('\u0000', '/'));
        missing.sort(null);
        stale.sort(null);
        extra.sort(null);
        return new IndexCheck(stored.size(), indexed.size(), index.count(), missing, stale, extra);
    }

    /** Re-indexes what the store holds that the index lacks or holds stale, drops what the store no longer has. */
    public static IndexCheck repair(GraphStore store, DiscoveryIndex index, List<IngestListener> listeners) {
        Map<String, Stored> stored = stored(store);
        Map<String, String> indexed = index.records();
        for (Stored st : stored.values()) {
            if (!st.checksum().equals(indexed.get(st.key()))) put(store, index, listeners, st);
        }
        for (String key : indexed.keySet()) {
            if (!stored.containsKey(key)) {
                int nul = key.indexOf('\u0000');
                index.delete(key.substring(0, nul), key.substring(nul + 1));
            }
        }
        index.commit();
        return check(store, index);
    }

    /** Empties the index and indexes every stored record again; returns how many records were indexed. */
    public static long rebuild(
            GraphStore store, DiscoveryIndex index, List<IngestListener> listeners, LongConsumer progress) {
        Map<String, Stored> stored = stored(store);
        index.deleteAll();
        long n = 0;
        for (Stored st : stored.values()) {
            put(store, index, listeners, st);
            if (++n % 1000 == 0 && progress != null) progress.accept(n);
        }
        index.commit();
        return n;
    }

    /** A record as the batch that wrote it saw it: its graph, and what listeners derived from it (its links). */
    private static void put(GraphStore store, DiscoveryIndex index, List<IngestListener> listeners, Stored st) {
        List<Triple> triples = StoredRecords.triples(store, st.graph());
        for (IngestListener l : listeners) triples.addAll(l.derived(store, st.sourceId(), st.recordId(), st.graph()));
        index.put(st.sourceId(), st.recordId(), st.graph(), st.checksum(), triples);
    }
}
