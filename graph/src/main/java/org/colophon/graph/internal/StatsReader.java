package org.colophon.graph.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.StoreStats;
import org.colophon.graph.StoreStats.SourceStats;

/** Reads {@link StoreStats} in one read transaction: counts from the metadata graph, graphs from the dataset. */
final class StatsReader {

    private StatsReader() {}

    static StoreStats read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, SourceStats> sources = new HashMap<>();
            Instant last = null;
            Iterator<Quad> records = dsg.find(ColophonMeta.metaGraph, Node.ANY, ColophonMeta.sourceId, Node.ANY);
            while (records.hasNext()) {
                Quad q = records.next();
                Node g = q.getSubject();
                long triples = Long.parseLong(MetaGraph.value(dsg, g, ColophonMeta.tripleCount));
                sources.merge(
                        q.getObject().getLiteralLexicalForm(),
                        new SourceStats(1, triples),
                        (a, b) -> new SourceStats(a.records() + b.records(), a.triples() + b.triples()));
                Instant imported = Instant.parse(MetaGraph.value(dsg, g, ColophonMeta.generatedAtTime));
                if (last == null || imported.isAfter(last)) {
                    last = imported;
                }
            }
            long graphs = Iter.count(dsg.listGraphNodes());
            return new StoreStats(sources, graphs, last);
        });
    }
}
