package org.colophon.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * SYNTHETIC test data shaped like the transform's BIBFRAME 2 output: one Work, one Instance, their titles (CJK with
 * a pinyin parallel), an agent and a contribution, all minted under the record graph IRI. Not real catalogue data:
 * the store does not look inside triples, so shape and size are what matter here.
 */
public final class SyntheticBibframe {

    public static final String BASE = "https://bib.example.org/";
    public static final String BF = "http://id.loc.gov/ontologies/bibframe/";

    private SyntheticBibframe() {}

    /** The graph IRI the transform mints for a record. */
    public static String graphIri(String sourceId, String recordId) {
        return BASE + sourceId + "/" + recordId;
    }

    /** Metadata of a record; {@code version} stands for the raw record's content (it feeds the checksum). */
    public static RecordMeta meta(String sourceId, String recordId, int version, String mappingVersion) {
        return new RecordMeta(
                sourceId,
                recordId,
                graphIri(sourceId, recordId),
                Instant.parse("2024-03-01T08:00:00Z").plusSeconds(version),
                sha256(sourceId + "|" + recordId + "|" + version),
                mappingVersion);
    }

    /** The record's triples; each version adds one more variant title, so versions differ in content and count. */
    public static List<Triple> triples(String sourceId, String recordId, int version) {
        String g = graphIri(sourceId, recordId);
        Node work = uri(g + "#Work");
        Node instance = uri(g + "#Instance");
        Node workTitle = uri(g + "#Work-Title245-1");
        Node instanceTitle = uri(g + "#Instance-Title245-1");
        Node agent = uri(g + "#Agent100-1");
        Node contribution = NodeFactory.createBlankNode();
        List<Triple> t = new ArrayList<>();
        t.add(Triple.create(work, RDF.Nodes.type, bf("Work")));
        t.add(Triple.create(work, RDF.Nodes.type, bf("Text")));
        t.add(Triple.create(work, bf("title"), workTitle));
        t.add(Triple.create(workTitle, RDF.Nodes.type, bf("Title")));
        t.add(Triple.create(workTitle, bf("mainTitle"), NodeFactory.createLiteralLang("红楼梦 " + recordId, "zh-Hani")));
        t.add(Triple.create(
                workTitle,
                bf("mainTitle"),
                NodeFactory.createLiteralLang("Hong lou meng " + recordId, "zh-Latn-pinyin")));
        t.add(Triple.create(work, bf("contribution"), contribution));
        t.add(Triple.create(contribution, bf("agent"), agent));
        t.add(Triple.create(agent, RDF.Nodes.type, bf("Person")));
        t.add(Triple.create(agent, RDFS.Nodes.label, NodeFactory.createLiteralLang("曹雪芹", "zh-Hani")));
        t.add(Triple.create(instance, RDF.Nodes.type, bf("Instance")));
        t.add(Triple.create(instance, bf("instanceOf"), work));
        t.add(Triple.create(instance, bf("title"), instanceTitle));
        t.add(Triple.create(instanceTitle, RDF.Nodes.type, bf("Title")));
        t.add(Triple.create(instanceTitle, bf("mainTitle"), NodeFactory.createLiteralString("Hong lou meng")));
        for (int v = 1; v <= version; v++) {
            Node variant = uri(g + "#Instance-VariantTitle246-" + v);
            t.add(Triple.create(instance, bf("title"), variant));
            t.add(Triple.create(variant, RDF.Nodes.type, bf("VariantTitle")));
            t.add(Triple.create(variant, bf("mainTitle"), NodeFactory.createLiteralString("Variant " + v)));
        }
        return t;
    }

    public static Node bf(String localName) {
        return uri(BF + localName);
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String sha256(String raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
