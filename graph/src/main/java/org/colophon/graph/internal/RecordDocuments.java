package org.colophon.graph.internal;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.colophon.graph.ColophonMeta;

/** Reads a record document (record graph + its metadata) from the embedded dataset in one read transaction. */
final class RecordDocuments {

    private RecordDocuments() {}

    static Optional<Graph> load(DatasetGraph dsg, String iri) {
        Node g = NodeFactory.createURI(iri);
        if (g.equals(ColophonMeta.metaGraph)) {
            return Optional.empty();
        }
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.containsGraph(g)) {
                return Optional.<Graph>empty();
            }
            Graph out = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEach(out::add);
            if (out.isEmpty()) {
                return Optional.<Graph>empty();
            }
            dsg.getGraph(ColophonMeta.metaGraph).find(g, Node.ANY, Node.ANY).forEach(out::add);
            return Optional.of(out);
        });
    }
}
