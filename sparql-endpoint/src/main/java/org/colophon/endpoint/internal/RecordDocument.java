package org.colophon.endpoint.internal;

import org.apache.jena.graph.Graph;

/**
 * The document a record IRI dereferences to ({@link org.colophon.graph.GraphStore#recordDocument}): the triples of
 * the record's named graph plus what the metadata graph says about that graph (source, record id, import time, …),
 * so every copy carries its provenance.
 *
 * @param iri the record (document) IRI, which is also the named graph's name
 * @param graph record triples and provenance triples together
 */
public record RecordDocument(String iri, Graph graph) {}
