package org.colophon.endpoint.internal;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.colophon.graph.ColophonMeta;

/**
 * The document a record IRI dereferences to: the triples of the record's named graph plus what the metadata graph
 * says about that graph (source, record id, import time, …), so every copy carries its provenance.
 *
 * @param iri the record (document) IRI, which is also the named graph's name
 * @param graph record triples and provenance triples together
 */
public record RecordDocument(String iri, Graph graph) {

    /** The document for a record IRI, if the store holds that record graph. */
    public static Optional<RecordDocument> load(DatasetGraph dsg, String iri) {
        Node g = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.containsGraph(g) || g.equals(ColophonMeta.metaGraph)) {
                return Optional.<RecordDocument>empty();
            }
            Graph out = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEach(out::add);
            if (out.isEmpty()) {
                return Optional.<RecordDocument>empty();
            }
            dsg.getGraph(ColophonMeta.metaGraph).find(g, Node.ANY, Node.ANY).forEach(out::add);
            return Optional.of(new RecordDocument(iri, out));
        });
    }
}
