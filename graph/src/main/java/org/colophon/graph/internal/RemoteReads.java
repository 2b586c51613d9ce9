package org.colophon.graph.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;
import org.colophon.graph.StoreStats;
import org.colophon.graph.StoredRecord;

/** The remote store's reads of the metadata graph and of record documents, each one query. */
final class RemoteReads {

    /** What one lookup row says: a stored record's key and fingerprint. */
    record Stored(RecordKey key, Fingerprint fingerprint) {}

    /** Time limit of the store's own queries (not the endpoint's, which has its own). */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final Var G = Var.alloc("g");

    private final SparqlClient client;

    RemoteReads(SparqlClient client) {
        this.client = client;
    }

    List<Stored> lookup(Collection<RecordKey> keys, Collection<String> graphs) {
        return client.query(RemoteQueries.lookup(keys, graphs), TIMEOUT, exec -> {
            List<Stored> out = new ArrayList<>();
            exec.select()
                    .forEachRemaining(b -> out.add(new Stored(
                            new RecordKey(text(b, "src"), text(b, "id")),
                            new Fingerprint(b.get(G).getURI(), text(b, "sum"), text(b, "ver")))));
            return out;
        });
    }

    Optional<StoredRecord> record(RecordKey key) {
        return client.query(RemoteQueries.record(key), TIMEOUT, exec -> {
            Map<Node, String> values = new HashMap<>();
            String graph = null;
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                graph = b.get(G).getURI();
                Node o = b.get("o");
                values.put(b.get("p"), o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
            }
            return graph == null ? Optional.<StoredRecord>empty() : Optional.of(storedRecord(graph, values));
        });
    }

    Stream<String> recordIds(String sourceId) {
        QueryExec exec = client.open(QueryFactory.create(RemoteQueries.recordIds(sourceId)), TIMEOUT);
        RowSet rows;
        try {
            rows = exec.select();
        } catch (RuntimeException e) {
            exec.close();
            throw client.translate(e);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.NONNULL), false)
                .map(b -> b.get("id").getLiteralLexicalForm())
                .onClose(exec::close);
    }

    StoreStats stats() {
        return client.query(RemoteQueries.stats(), TIMEOUT, exec -> {
            Map<String, StoreStats.SourceStats> sources = new HashMap<>();
            long graphs = 0;
            Instant last = null;
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                if (b.contains("graphs")) {
                    graphs = number(b, "graphs");
                    continue;
                }
                if (!b.contains("src")) {
                    continue; // the aggregate row of an empty metadata graph
                }
                sources.put(text(b, "src"), new StoreStats.SourceStats(number(b, "records"), number(b, "triples")));
                Instant t = Instant.parse(text(b, "last"));
                last = last == null || t.isAfter(last) ? t : last;
            }
            return new StoreStats(sources, graphs, last);
        });
    }

    /** True when the metadata graph describes at least one record. */
    boolean anyRecord() {
        return client.query(RemoteQueries.anyRecord(), TIMEOUT, QueryExec::ask);
    }

    Optional<Graph> document(String graphIri) {
        return client.query(RemoteQueries.document(graphIri), TIMEOUT, exec -> {
            Graph out = GraphFactory.createDefaultGraph();
            boolean recordTriples = false;
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                recordTriples |= !b.contains("m");
                out.add(Triple.create(b.get("s"), b.get("p"), b.get("o")));
            }
            return recordTriples ? Optional.of(out) : Optional.<Graph>empty();
        });
    }

    private static StoredRecord storedRecord(String graph, Map<Node, String> v) {
        String date = v.get(ColophonMeta.datestamp);
        RecordMeta meta = new RecordMeta(
                v.get(ColophonMeta.sourceId),
                v.get(ColophonMeta.recordId),
                graph,
                date == null ? null : Instant.parse(date),
                v.get(ColophonMeta.checksum),
                v.get(ColophonMeta.mappingVersion));
        return new StoredRecord(
                meta,
                Instant.parse(v.get(ColophonMeta.generatedAtTime)),
                Long.parseLong(v.get(ColophonMeta.tripleCount)));
    }

    private static String text(Binding b, String var) {
        return b.get(var).getLiteralLexicalForm();
    }

    private static long number(Binding b, String var) {
        return Long.parseLong(text(b, var));
    }
}
