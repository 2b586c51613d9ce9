package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per block of the UNIMARC rules, on the synthetic records of {@code unimarc/synthetic/blocks.xml} (written
 * from the manuals, labelled synthetic) and on the real BNU CNMARC records. Each asks the converted graph a
 * question a cataloguer would.
 */
class UnimarcBlocksTest {
    static final Map<String, Model> GRAPHS = new HashMap<>();
    static final String PREFIXES =
            """
            PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>
            PREFIX bflc: <http://id.loc.gov/ontologies/bflc/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @BeforeAll
    static void convert() throws Exception {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        for (String f : List.of("unimarc/synthetic/blocks.xml", "unimarc/bnu-cnmarcxml-sru.xml")) {
            try (RecordSource src =
                    FileRecordReader.open(TestRecords.resource(f), "lib", null, Quarantine.counting())) {
                new ConversionRun(c, Quarantine.counting(), 1, null).run(src, r -> {
                    Model m = ModelFactory.createDefaultModel();
                    r.triples().forEach(t -> m.getGraph().add(t));
                    GRAPHS.put(r.recordId(), m);
                });
            }
        }
    }

    private static void ask(String record, String where) {
        Model m = GRAPHS.get(record);
        assertTrue(m != null, "no record " + record + " in " + GRAPHS.keySet());
        String q = PREFIXES + "ASK { "
                + where.replace("<I>", "<http://example.org/lib/" + record + "#Instance>")
                        .replace("<W>", "<http://example.org/lib/" + record + "#Work>")
                        .replace("<A>", "<http://example.org/lib/" + record + "#Admin>")
                + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            assertTrue(qe.execAsk(), () -> "not in " + record + ": " + where + "\n" + dump(m));
        }
    }

    private static String dump(Model m) {
        java.io.StringWriter w = new java.io.StringWriter();
        m.write(w, "TURTLE");
        return w.toString();
    }

    static final String BOOK = "synthetic-cnmarc-book";

    @Test
    void block0xxIsbnWithQualificationAndPriceAndTheChineseUnifiedBookNumber() {
        ask(
                BOOK,
                "<I> bf:identifiedBy [ a bf:Isbn ; rdf:value \"7503717440\" ; bf:qualifier \"精装\"@zh-Hani ;"
                        + " bf:acquisitionTerms \"CNY68.00\" ]");
        ask(BOOK, "<I> bf:identifiedBy [ a bf:Ismn ; rdf:value \"M230671187\" ]");
        ask(BOOK, "<I> bf:identifiedBy [ a bf:Isrc ]");
        ask(
                BOOK,
                "<I> bf:identifiedBy [ a bf:Identifier ; rdf:value \"10.1000/182\" ; bf:source [ rdfs:label \"doi\" ] ]");
        ask(
                BOOK,
                "<I> bf:identifiedBy [ rdf:value \"11011234\" ; bf:acquisitionTerms \"CNY2.50\" ;"
                        + " bf:source [ rdfs:label \"统一书号\" ] ]");
        ask("synthetic-rusmarc-serial", "<W> bf:identifiedBy [ a bf:Issn ; rdf:value \"0028-0836\" ]");
        ask("synthetic-rusmarc-serial", "<W> bf:identifiedBy [ a bf:IssnL ]");
    }

    @Test
    void block1xxDatesAudienceLanguagesTranslationCountryAndCodedData() {
        ask(BOOK, "<A> bf:creationDate \"2024-01-01\"^^xsd:date");
        ask(
                BOOK,
                "<I> bf:provisionActivity [ a bf:Publication ; bf:date \"2020\"^^<http://id.loc.gov/datatypes/edtf> ;"
                        + " bflc:simplePlace \"北京\"@zh-Hani ; bf:place [ bf:code \"CN\" ] ]");
        ask(BOOK, "<W> bf:intendedAudience [ bf:code \"e\" ; rdfs:label \"young adult (14-20)\" ]");
        ask(BOOK, "<W> bf:language <http://id.loc.gov/vocabulary/languages/chi>");
        ask(BOOK, "<W> bf:translationOf [ bf:language <http://id.loc.gov/vocabulary/languages/eng> ]");
        ask(BOOK, "<I> bf:illustrativeContent [ rdfs:label \"illustrations\" ]");
        ask(
                BOOK,
                "<W> bf:genreForm [ rdfs:label \"bibliography\" ], [ rdfs:label \"conference publication\" ],"
                        + " [ rdfs:label \"festschrift\" ], [ rdfs:label \"fiction\" ]");
        ask(BOOK, "<I> a bf:Print");
        ask("synthetic-rusmarc-serial", "<I> bf:frequency [ bf:code \"f\" ; rdfs:label \"monthly\" ]");
        ask("synthetic-unimarc-film", "<W> a bf:MovingImage . <I> bf:duration \"090\"^^xsd:integer");
    }

    @Test
    void block2xxTitlesInChineseAndPinyinEditionPublicationExtentSeries() {
        ask(
                BOOK,
                "<I> bf:title [ a bf:Title ; bf:mainTitle \"自然\"@zh-Hani, \"Zi Ran\"@zh-Latn-pinyin ;"
                        + " bf:subtitle \"中文版\"@zh-Hani ]");
        // 200 $d gives the parallel title the record's 510 gives with its language: one title, tagged (block 5XX)
        ask(BOOK, "FILTER NOT EXISTS { <I> bf:title [ a bf:ParallelTitle ; bf:mainTitle \"Nature\" ] }");
        ask(BOOK, "<I> bf:responsibilityStatement \"张三著\"@zh-Hani, \"Zhang San Zhu\"@zh-Latn-pinyin");
        ask(BOOK, "<I> bf:editionStatement \"第2版\"@zh-Hani");
        ask(BOOK, "<I> bf:provisionActivity [ bflc:simpleAgent \"科学出版社\"@zh-Hani ; bflc:simpleDate \"2020\" ]");
        ask(BOOK, "<I> bf:extent [ rdfs:label \"320页\"@zh-Hani ] ; bf:dimensions \"26cm\"");
        ask(BOOK, "<I> bf:seriesStatement \"科学丛书\"@zh-Hani ; bf:seriesEnumeration \"3\"");
        ask("synthetic-unimarc-film", "<I> bf:title [ bf:mainTitle \"À bout de souffle\" ]");
    }

    @Test
    void block3xxNotesBibliographyContentsSummary() {
        ask(BOOK, "<I> bf:note [ rdfs:label \"据英文版译出。\"@zh-Hani ]");
        ask(BOOK, "<I> bf:note [ a <http://id.loc.gov/vocabulary/mnotetype/biblio> ; rdfs:label \"有书目。\"@zh-Hani ]");
        ask(BOOK, "<W> bf:tableOfContents [ rdfs:label ?t ] . <W> bf:summary [ rdfs:label \"本书介绍自然科学。\"@zh-Hani ]");
        ask("synthetic-rusmarc-serial", "<I> bf:frequency [ rdfs:label \"Ежемесячно\"@ru-Cyrl ]");
    }

    @Test
    void block4xxLinksWithEmbeddedFieldsAndWithStandardSubfields() {
        ask(
                BOOK,
                "<W> bf:relation [ bf:associatedResource [ a bf:Series ; bf:title [ bf:mainTitle \"科学丛书\"@zh-Hani ] ] ;"
                        + " bf:seriesEnumeration \"3\" ]");
        ask(
                BOOK,
                "<W> bf:translationOf [ a bf:Work ; bf:title [ bf:mainTitle \"Nature\" ] ;"
                        + " bf:contribution [ bf:agent [ rdfs:label \"Smith, John\" ] ] ]");
        ask(
                "synthetic-rusmarc-serial",
                "<W> bf:precededBy [ bf:title [ bf:mainTitle \"Природа и люди\"@ru-Cyrl ] ;"
                        + " bf:identifiedBy [ a bf:Issn ] ]");
    }

    @Test
    void block5xxUniformParallelAndVariantTitles() {
        ask(BOOK, "<I> bf:title [ a bf:ParallelTitle ; bf:mainTitle \"Nature\"@en ]");
        ask(
                BOOK,
                "<W> bf:title [ a bf:Title ; bf:mainTitle \"Nature\" ] ; bf:language <http://id.loc.gov/vocabulary/languages/eng>");
        ask(
                BOOK,
                "<I> bf:title [ a bf:VariantTitle ; bf:mainTitle \"自然科学\"@zh-Hani ; bf:variantType \"other variant\" ]");
    }

    @Test
    void block6xxChineseThesaurusClcWithEditionCasUdcDdc() {
        ask(
                BOOK,
                "<W> bf:subject [ a bf:Topic ; rdfs:label \"自然科学--研究\"@zh-Hani,"
                        + " \"Zi Ran Ke Xue\"@zh-Latn-pinyin ; bf:source [ bf:code \"CT\" ] ]");
        ask(BOOK, "<W> bf:subject [ a bf:Place ; rdfs:label \"中国--2020\"@zh-Hani ]");
        ask(
                BOOK,
                "<W> bf:classification [ bf:classificationPortion \"F124\" ; bf:edition \"5\" ;"
                        + " bf:source <http://id.loc.gov/vocabulary/classSchemes/clc> ;"
                        + " rdfs:seeAlso <http://example.org/vocab/clc/F124>, <http://example.org/vocab/clc/F> ]");
        ask(BOOK, "<W> bf:classification [ bf:classificationPortion \"10.1\" ; bf:edition \"3\" ]");
        ask(BOOK, "<W> bf:classification [ a bf:ClassificationUdc ; bf:classificationPortion \"5(03)\" ]");
        ask(
                BOOK,
                "<W> bf:classification [ a bf:ClassificationDdc ; bf:classificationPortion \"500\" ; bf:edition \"22\" ]");
    }

    @Test
    void block7xxAgentsWithChineseAndNumericRelatorsAndPinyin() {
        ask(
                BOOK,
                "<W> bf:contribution [ bf:agent [ a bf:Person ; rdfs:label \"张三\"@zh-Hani, \"zhang san\"@zh-Latn-pinyin ] ;"
                        + " bf:role <http://id.loc.gov/vocabulary/relators/aut> ]");
        ask(
                BOOK,
                "<W> bf:contribution [ bf:agent [ rdfs:label \"Li Si\"@zh-Latn-pinyin ] ;"
                        + " bf:role <http://id.loc.gov/vocabulary/relators/trl> ]");
        ask(
                BOOK,
                "<W> bf:contribution [ bf:agent [ a bf:Organization ; rdfs:label \"国家统计局\"@zh-Hani ] ;"
                        + " bf:role <http://id.loc.gov/vocabulary/relators/com> ]");
        ask(
                "synthetic-unimarc-film",
                "<W> bf:contribution [ a bf:PrimaryContribution ;"
                        + " bf:agent [ rdfs:label \"Godard, Jean-Luc, 1930-2022\" ] ; bf:role <http://id.loc.gov/vocabulary/relators/drt> ]");
    }

    @Test
    void block8xxAnd9xxSourceElectronicLocationAndLocalNotes() {
        ask(BOOK, "<A> bf:assigner [ rdfs:label \"NLC\" ; bf:place [ bf:code \"CN\" ] ]");
        ask(BOOK, "<I> bf:hasItem [ bf:electronicLocator <http://example.org/book> ]");
        ask(BOOK, "<A> bf:note [ bf:noteType \"local\" ; rdfs:label \"NLC F124 1\" ]");
    }

    @Test
    void realBnuSubjectHeadingsWithPinyinKeepTheirYearInTheChineseForm() {
        // 606 $a 经济发展 $A jing ji fa zhan $x 概况 $y 中国 $z 1995: the year was given to the pinyin form only
        ask(
                "990002181190203961",
                "<W> bf:subject [ rdfs:label \"经济发展--概况--中国--1995\"@zh-Hani,"
                        + " \"jing ji fa zhan--1995\"@zh-Latn-pinyin ]");
        // 606 $a 社会发展 $y 中国 $z 1997 $A shehui fazhan: the pinyin after the year
        ask(
                "990001379280203961",
                "<W> bf:subject [ rdfs:label \"社会发展--中国--1997\"@zh-Hani,"
                        + " \"shehui fazhan--1997\"@zh-Latn-pinyin ]");
    }

    @Test
    void realBnuRecordsGiveChineseAndPinyinTitlesClcAndRoles() {
        ask(
                "990002180740203961",
                "<I> bf:title [ bf:mainTitle \"'94中国发展报告\"@zh-Hani,"
                        + " \"'94Zhong Guo Fa Zhan Bao Gao\"@zh-Latn-pinyin ]");
        ask(
                "990002180740203961",
                "<I> bf:identifiedBy [ a bf:Isbn ; rdf:value \"7503717440\" ; bf:acquisitionTerms \"CNY68.00\" ]");
        ask(
                "990002180740203961",
                "<W> bf:classification [ bf:classificationPortion \"F124\" ;"
                        + " rdfs:seeAlso <http://example.org/vocab/clc/F124> ]");
        ask(
                "990002180740203961",
                "<W> bf:contribution [ bf:agent [ rdfs:label \"叶震\"@zh-Hani, \"Xie Zhen\"@zh-Latn-pinyin ] ;"
                        + " bf:role <http://id.loc.gov/vocabulary/relators/edt> ]");
    }
}
