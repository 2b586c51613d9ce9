package org.colophon.graph.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.colophon.graph.ColophonMeta;

/**
 * The record ids of one source, read lazily inside a read transaction that ends when the stream is closed or has
 * been read to the end, so memory stays flat however large the source.
 */
final class RecordIdStream implements Iterator<String> {

    private final DatasetGraph dsg;
    private final Iterator<Quad> graphs;
    private boolean open = true;

    private RecordIdStream(DatasetGraph dsg, String sourceId) {
        this.dsg = dsg;
        dsg.begin(ReadWrite.READ);
        this.graphs = dsg.find(
                ColophonMeta.metaGraph, Node.ANY, ColophonMeta.sourceId, NodeFactory.createLiteralString(sourceId));
    }

    static Stream<String> of(DatasetGraph dsg, String sourceId) {
        RecordIdStream ids = new RecordIdStream(dsg, sourceId);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(ids, Spliterator.NONNULL | Spliterator.DISTINCT), false)
                .onClose(ids::end);
    }

    @Override
    public boolean hasNext() {
        if (!open) {
            return false;
        }
        if (graphs.hasNext()) {
            return true;
        }
        end();
        return false;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return MetaGraph.value(dsg, graphs.next().getSubject(), ColophonMeta.recordId);
    }

    private void end() {
        if (open) {
            open = false;
            dsg.end();
        }
    }
}
