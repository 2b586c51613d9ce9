package org.colophon.transform.dc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.VocabularyLookup;

/** One Dublin Core record converted through {@link ConversionRun}, as a model to walk. */
final class DcConverted {
    static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    static final String BFLC = "http://id.loc.gov/ontologies/bflc/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final Converter CONVERTER = Converter.builder()
            .base("http://example.org/")
            .lookup(VocabularyLookup.get())
            .build();

    final Model model = ModelFactory.createDefaultModel();
    final String recordId;
    final String iri;

    private DcConverted(ConversionRun.Converted c) {
        c.triples().forEach(t -> model.getGraph().add(t));
        this.recordId = c.recordId();
        this.iri = c.graphIri();
    }

    /** Converts one record; fails when it is quarantined. */
    static DcConverted of(SourceRecord r) {
        List<ConversionRun.Converted> out = new ArrayList<>();
        Quarantine q = Quarantine.counting();
        new ConversionRun(CONVERTER, q, 1, null).run(List.of(r).iterator(), out::add);
        if (out.size() != 1)
            throw new AssertionError(r.locator() + " was not converted (quarantined " + q.count() + ")");
        return new DcConverted(out.get(0));
    }

    /** The live record with this OAI identifier in a test file. */
    static DcConverted of(String file, String oaiId) {
        return of(OaiDcFiles.live(file).stream()
                .filter(r -> oaiId.equals(r.recordId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record " + oaiId + " in " + file)));
    }

    Resource work() {
        return model.createResource(iri + "#Work");
    }

    Resource instance() {
        return model.createResource(iri + "#Instance");
    }

    /** The nodes reached from {@code start} through the properties in turn ({@code bf:title}, {@code bf:mainTitle}). */
    List<RDFNode> path(Resource start, String... properties) {
        List<RDFNode> current = List.of(start);
        for (String p : properties) {
            List<RDFNode> next = new ArrayList<>();
            for (RDFNode n : current) {
                if (!n.isResource()) continue;
                model.listObjectsOfProperty(n.asResource(), model.createProperty(expand(p)))
                        .forEachRemaining(next::add);
            }
            current = next;
        }
        return current;
    }

    /** The lexical forms (or IRIs) at the end of a path. */
    List<String> values(Resource start, String... properties) {
        return path(start, properties).stream()
                .map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString())
                .sorted()
                .toList();
    }

    static String expand(String curie) {
        if (curie.startsWith("bf:")) return BF + curie.substring(3);
        if (curie.startsWith("bflc:")) return BFLC + curie.substring(5);
        if (curie.startsWith("rdfs:")) return RDFS + curie.substring(5);
        if (curie.startsWith("rdf:")) return RDF + curie.substring(4);
        if (curie.equals("a")) return RDF + "type";
        return curie;
    }
}
