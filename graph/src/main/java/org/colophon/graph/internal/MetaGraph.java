package org.colophon.graph.internal;

import static org.colophon.graph.ColophonMeta.checksum;
import static org.colophon.graph.ColophonMeta.datestamp;
import static org.colophon.graph.ColophonMeta.generatedAtTime;
import static org.colophon.graph.ColophonMeta.mappingVersion;
import static org.colophon.graph.ColophonMeta.metaGraph;
import static org.colophon.graph.ColophonMeta.recordId;
import static org.colophon.graph.ColophonMeta.sourceId;
import static org.colophon.graph.ColophonMeta.tripleCount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;
import org.colophon.graph.StoredRecord;

/** Reads and writes the metadata graph. Every method expects the caller to hold a transaction. */
final class MetaGraph {

    private MetaGraph() {}

    /** The metadata quads describing one record graph. */
    static List<Quad> quads(RecordMeta meta, Instant imported, long triples) {
        Node g = NodeFactory.createURI(meta.graphIri());
        List<Quad> quads = new ArrayList<>(8);
        quads.add(new Quad(metaGraph, g, RDF.Nodes.type, ColophonMeta.RecordGraph));
        quads.add(new Quad(metaGraph, g, sourceId, NodeFactory.createLiteralString(meta.sourceId())));
        quads.add(new Quad(metaGraph, g, recordId, NodeFactory.createLiteralString(meta.recordId())));
        if (meta.datestamp() != null) {
            quads.add(new Quad(metaGraph, g, datestamp, dateTime(meta.datestamp())));
        }
        quads.add(new Quad(metaGraph, g, generatedAtTime, dateTime(imported)));
        quads.add(new Quad(metaGraph, g, checksum, NodeFactory.createLiteralString(meta.checksum())));
        quads.add(new Quad(metaGraph, g, mappingVersion, NodeFactory.createLiteralString(meta.mappingVersion())));
        quads.add(new Quad(
                metaGraph, g, tripleCount, NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDlong)));
        return quads;
    }

    /** The graph node of the stored record with this key, if any. */
    static Optional<Node> graphOf(DatasetGraph dsg, RecordKey key) {
        Node source = NodeFactory.createLiteralString(key.sourceId());
        Iterator<Quad> it = dsg.find(metaGraph, Node.ANY, recordId, NodeFactory.createLiteralString(key.recordId()));
        while (it.hasNext()) {
            Node g = it.next().getSubject();
            if (dsg.contains(metaGraph, g, sourceId, source)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The stored record with this key, if any. */
    static Optional<StoredRecord> find(DatasetGraph dsg, RecordKey key) {
        return graphOf(dsg, key).map(g -> read(dsg, g));
    }

    /** True when the metadata graph describes this graph node (as any record). */
    static boolean describes(DatasetGraph dsg, Node graph) {
        return dsg.contains(metaGraph, graph, sourceId, Node.ANY);
    }

    /** Reads the description of one record graph. */
    static StoredRecord read(DatasetGraph dsg, Node g) {
        String date = value(dsg, g, datestamp);
        RecordMeta meta = new RecordMeta(
                value(dsg, g, sourceId),
                value(dsg, g, recordId),
                g.getURI(),
                date == null ? null : Instant.parse(date),
                value(dsg, g, checksum),
                value(dsg, g, mappingVersion));
        return new StoredRecord(
                meta, Instant.parse(value(dsg, g, generatedAtTime)), Long.parseLong(value(dsg, g, tripleCount)));
    }

    /** Removes the description of one record graph. */
    static void remove(DatasetGraph dsg, Node g) {
        dsg.deleteAny(metaGraph, g, Node.ANY, Node.ANY);
    }

    /** The lexical form of the single value of a property, or null. */
    static String value(DatasetGraph dsg, Node g, Node property) {
        Iterator<Quad> it = dsg.find(metaGraph, g, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
