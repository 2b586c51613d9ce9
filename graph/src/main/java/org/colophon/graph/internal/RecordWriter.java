package org.colophon.graph.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;
import org.colophon.graph.StoredRecord;

/** Puts and deletes record graphs one by one inside the caller's write transaction. */
final class RecordWriter {

    private final DatasetGraph dsg;
    private final Instant imported;

    RecordWriter(DatasetGraph dsg, Instant imported) {
        this.dsg = dsg;
        this.imported = imported;
    }

    Outcome put(RecordMeta meta, Set<Triple> triples) {
        Optional<StoredRecord> stored = MetaGraph.find(dsg, meta.key());
        if (stored.isPresent() && Fingerprint.of(stored.get().meta()).equals(Fingerprint.of(meta))) {
            return Outcome.UNCHANGED;
        }
        Node g = NodeFactory.createURI(meta.graphIri());
        boolean graphMoved =
                stored.isPresent() && !stored.get().meta().graphIri().equals(meta.graphIri());
        if ((stored.isEmpty() || graphMoved) && MetaGraph.describes(dsg, g)) {
            throw new IllegalArgumentException("record " + meta.key() + ": graph <" + meta.graphIri()
                    + "> already holds record " + MetaGraph.read(dsg, g).meta().key());
        }
        stored.ifPresent(s -> drop(NodeFactory.createURI(s.meta().graphIri())));
        drop(g);
        for (Triple t : triples) {
            dsg.add(new Quad(g, t));
        }
        MetaGraph.quads(meta, imported, triples.size()).forEach(dsg::add);
        return stored.isPresent() ? Outcome.REPLACED : Outcome.ADDED;
    }

    Outcome delete(RecordKey key) {
        Optional<Node> g = MetaGraph.graphOf(dsg, key);
        g.ifPresent(this::drop);
        return g.isPresent() ? Outcome.DELETED : Outcome.NOT_FOUND;
    }

    /** Drops every record graph of a source; returns how many. */
    long deleteSource(String sourceId) {
        List<Node> graphs = Iter.toList(Iter.map(
                dsg.find(
                        ColophonMeta.metaGraph,
                        Node.ANY,
                        ColophonMeta.sourceId,
                        NodeFactory.createLiteralString(sourceId)),
                Quad::getSubject));
        graphs.forEach(this::drop);
        return graphs.size();
    }

    private void drop(Node g) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        MetaGraph.remove(dsg, g);
    }
}
