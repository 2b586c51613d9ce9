package org.colophon.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The small vocabulary of the metadata graph. Each record graph is described there by one subject, the record
 * graph's IRI:
 *
 * <pre>
 * &lt;{base}bnu/123&gt; a colophon:RecordGraph ;
 *     colophon:sourceId "bnu" ;
 *     colophon:recordId "123" ;
 *     colophon:datestamp "2024-05-01T00:00:00Z"^^xsd:dateTime ;      # only when the source gave one
 *     prov:generatedAtTime "2026-11-23T13:20:00Z"^^xsd:dateTime ;    # when this store imported it
 *     colophon:checksum "9f86d0…" ;                                   # SHA-256 hex of the raw record
 *     colophon:mappingVersion "2026.11" ;
 *     colophon:tripleCount "42"^^xsd:long .
 * </pre>
 *
 * The colophon namespace is {@value #NS}; {@code prov:generatedAtTime} is from W3C PROV-O.
 */
public final class ColophonMeta {

    /** The colophon namespace. */
    public static final String NS = "https://w3id.org/colophon/ns#";

    /** The W3C PROV-O namespace. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /**
     * The named graph holding the record metadata. A fixed IRI, independent of the configured base, so that one store
     * directory always has its metadata in the same place.
     */
    public static final String META_GRAPH = "https://w3id.org/colophon/graph/meta";

    /** The class of a named graph holding one source record. */
    public static final Node RecordGraph = uri("RecordGraph");

    /** The source id (literal). */
    public static final Node sourceId = uri("sourceId");

    /** The source's record id (literal). */
    public static final Node recordId = uri("recordId");

    /** The source's datestamp (xsd:dateTime). */
    public static final Node datestamp = uri("datestamp");

    /** SHA-256 of the raw record, lower-case hex. */
    public static final Node checksum = uri("checksum");

    /** The version of the mapping rules that produced the graph. */
    public static final Node mappingVersion = uri("mappingVersion");

    /** The number of triples in the record graph (xsd:long). */
    public static final Node tripleCount = uri("tripleCount");

    /** prov:generatedAtTime, the import time (xsd:dateTime). */
    public static final Node generatedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");

    /** The metadata graph as a node. */
    public static final Node metaGraph = NodeFactory.createURI(META_GRAPH);

    private ColophonMeta() {}

    private static Node uri(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
