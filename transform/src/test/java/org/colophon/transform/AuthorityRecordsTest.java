package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.junit.jupiter.api.Test;

/**
 * MARC 21 authority records (leader/06 z) are mapped by the authority rules to one {@code record#Authority} node in
 * the record's own graph, with MADS/RDF and BIBFRAME classes, the 1XX heading, 4XX variants, 5XX related headings,
 * identifiers and 670 sources; they are no longer quarantined.
 */
class AuthorityRecordsTest {
    static final String MADS = "http://www.loc.gov/mads/rdf/v1#";
    static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private final Converter converter =
            Converter.builder().base("http://example.org/").build();

    private List<ConversionRun.Converted> convert(String name, Quarantine q) throws Exception {
        List<ConversionRun.Converted> out = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(name), "auth", null, q)) {
            new ConversionRun(converter, q, 1, null).run(src, out::add);
        }
        return out;
    }

    private static Node authority(ConversionRun.Converted c) {
        return NodeFactory.createURI(c.graphIri() + "#Authority");
    }

    private static Set<String> values(List<Triple> triples, Node s, String p) {
        Set<String> out = new TreeSet<>();
        for (Triple t : triples) {
            if (t.getSubject().equals(s) && t.getPredicate().getURI().equals(p)) {
                Node o = t.getObject();
                out.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "_");
            }
        }
        return out;
    }

    /** Objects of {@code p} on {@code s}, then the {@code q} values of those. */
    private static Set<String> values(List<Triple> triples, Node s, String p, String q) {
        Set<String> out = new TreeSet<>();
        for (Triple t : triples) {
            if (t.getSubject().equals(s) && t.getPredicate().getURI().equals(p)) {
                for (Triple u : triples) {
                    if (u.getSubject().equals(t.getObject())
                            && u.getPredicate().getURI().equals(q)) {
                        Node o = u.getObject();
                        String lang =
                                o.isLiteral() && !o.getLiteralLanguage().isEmpty() ? "@" + o.getLiteralLanguage() : "";
                        out.add((o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()) + lang);
                    }
                }
            }
        }
        return out;
    }

    private static ConversionRun.Converted record(List<ConversionRun.Converted> all, String id) {
        return all.stream().filter(c -> c.recordId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyConcertoAuthorityIsMappedNoneQuarantined() throws Exception {
        Quarantine q = Quarantine.counting();
        List<ConversionRun.Converted> all = convert("authority/auth_concerto.marcxml", q);
        assertEquals(0, q.count());
        assertEquals(72, all.size());
        for (ConversionRun.Converted c : all) {
            assertEquals(
                    1,
                    values(c.triples(), authority(c), MADS + "authoritativeLabel")
                            .size(),
                    c.recordId());
            assertTrue(c.mappingVersion(converter).startsWith("marc21-authority-"), c.mappingVersion(converter));
        }
    }

    @Test
    void personalNameHeadingWithVariantsIdentifiersAndSources() throws Exception {
        ConversionRun.Converted k =
                record(convert("authority/auth_concerto.marcxml", Quarantine.counting()), "1116068");
        Node a = authority(k);
        assertEquals(
                Set.of(MADS + "PersonalName", MADS + "Authority", BF + "Person"), values(k.triples(), a, RDF_TYPE));
        assertEquals(
                Set.of("Kabalevsky, Dmitry Borisovich, 1904-1987"),
                values(k.triples(), a, MADS + "authoritativeLabel"));
        assertEquals(Set.of("1904-1987"), values(k.triples(), a, BF + "date"));
        Set<String> variants = values(k.triples(), a, MADS + "hasVariant", MADS + "variantLabel");
        assertEquals(20, variants.size());
        assertTrue(variants.contains("Kabarefusuki, Domitori, 1904-"), variants.toString());
        assertTrue(variants.contains("Kabalevskii, D. (Dmitrii), 1904-"), variants.toString());
        assertEquals(
                Set.of("n50043095"),
                values(k.triples(), a, BF + "identifiedBy", "http://www.w3.org/1999/02/22-rdf-syntax-ns#value").stream()
                        .filter(v -> v.startsWith("n"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(values(k.triples(), a, BF + "identifiedBy", "http://www.w3.org/1999/02/22-rdf-syntax-ns#value")
                .contains("(DLC)n50043095"));
        assertEquals(
                Set.of("http://id.loc.gov/authorities/names/n50043095"),
                values(k.triples(), a, "http://www.w3.org/2002/07/owl#sameAs"));
        assertEquals(
                16,
                values(k.triples(), a, MADS + "hasSource", MADS + "citationSource")
                        .size());
        assertEquals(Set.of("composer, musician"), values(k.triples(), a, MADS + "note"));
    }

    @Test
    void nameTitleHeadingIsAWork() throws Exception {
        ConversionRun.Converted w =
                record(convert("authority/auth_concerto.marcxml", Quarantine.counting()), "1122809");
        Node a = authority(w);
        assertEquals(Set.of(MADS + "NameTitle", MADS + "Authority", BF + "Work"), values(w.triples(), a, RDF_TYPE));
        assertEquals(
                Set.of("Kabalevsky, Dmitry Borisovich, 1904-1987. Detskie p£esy, op. 27"),
                values(w.triples(), a, MADS + "authoritativeLabel"));
        assertEquals(Set.of("Detskie p£esy"), values(w.triples(), a, BF + "title"));
    }

    @Test
    void meshTopicsWithRelatedHeadings() throws Exception {
        List<ConversionRun.Converted> all = convert("authority/auth_mesh.marcxml", Quarantine.counting());
        assertEquals(12, all.size());
        long topics = all.stream()
                .filter(c ->
                        values(c.triples(), authority(c), RDF_TYPE).containsAll(Set.of(MADS + "Topic", BF + "Topic")))
                .count();
        assertEquals(12, topics);
        long related = all.stream()
                .filter(c -> !values(
                                c.triples(), authority(c), MADS + "hasRelatedAuthority", MADS + "authoritativeLabel")
                        .isEmpty())
                .count();
        assertEquals(1, related);
    }

    @Test
    void lcRecordsGeographicSubjectAndArabicVariant() throws Exception {
        ConversionRun.Converted sh = convert("authority/sh2001011656.marcxml.xml", Quarantine.counting())
                .get(0);
        Node a = authority(sh);
        assertTrue(values(sh.triples(), a, RDF_TYPE).contains(BF + "Place"));
        assertEquals(
                Set.of("http://id.loc.gov/authorities/subjects/sh2001011656"),
                values(sh.triples(), a, "http://www.w3.org/2002/07/owl#sameAs"));
        ConversionRun.Converted n = convert("authority/n2015013824.marcxml.xml", Quarantine.counting())
                .get(0);
        assertEquals(Set.of("Yāsīn, Qays"), values(n.triples(), authority(n), MADS + "authoritativeLabel"));
        assertEquals(
                Set.of("ياسين، قيس@und-Arab"),
                values(n.triples(), authority(n), MADS + "hasVariant", MADS + "variantLabel"));
    }

    @Test
    void isoAuthorityRecordsAreMappedToo() throws Exception {
        Quarantine q = Quarantine.counting();
        List<ConversionRun.Converted> all = convert("authority/auth-subset100.mrc", q);
        assertEquals(17, all.size() + q.count());
        assertEquals(0, q.count());
    }

    @Test
    void authorityRulesNameOnlyTermsTheVocabulariesDefine() {
        assertEquals(
                RuleSet.marc21Authority().size(),
                RuleSet.fromClasspath("marc21-authority", true).size());
        assertEquals(RuleSet.Schema.MARC21_AUTHORITY, RuleSet.marc21Authority().schema());
    }
}
