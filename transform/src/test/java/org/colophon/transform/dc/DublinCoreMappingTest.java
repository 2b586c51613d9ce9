package org.colophon.transform.dc;

import static org.colophon.transform.dc.DcConverted.BF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;

/** What each Dublin Core element of real harvested records becomes in BIBFRAME, through the dc rule set. */
class DublinCoreMappingTest {
    private static final String TRAJECT = "dc/traject-sample-oai-pmh.xml";
    private static final String PYOAI = "dc/pyoai-eur-ListRecords.xml";
    private static final String SICKLE = "dc/sickle-ListRecords.xml";
    private static final String ARXIV = "dc/http-oai-perl-getrecord.xml";
    private static final String SPICE = "oai:sciencehistoryorg:fq977t769";
    private static final String LANGUAGES = "http://id.loc.gov/vocabulary/languages/";

    @Test
    void dcTitleBecomesInstanceMainTitle() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(List.of("Spice Storage"), r.values(r.instance(), "bf:title", "bf:mainTitle"));
        assertEquals(List.of(BF + "Title"), r.values(r.instance(), "bf:title", "a"));
    }

    @Test
    void dcTitleAlsoTitlesTheWork() {
        DcConverted r = DcConverted.of(ARXIV, "oai:arXiv.org:hep-th/0001001");
        assertEquals(
                List.of("Compactification, Geometry and Duality: N=2"), r.values(r.work(), "bf:title", "bf:mainTitle"));
    }

    @Test
    void dcCreatorBecomesAContributionWithAnAgent() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(
                List.of("Norda Essential Oil and Chemical Company"),
                r.values(r.work(), "bf:contribution", "bf:agent", "rdfs:label"));
        assertEquals(
                List.of("http://id.loc.gov/vocabulary/relators/cre"), r.values(r.work(), "bf:contribution", "bf:role"));
        assertTrue(r.values(r.work(), "bf:contribution", "a").contains(BF + "PrimaryContribution"));
    }

    @Test
    void onlyTheFirstCreatorIsThePrimaryContributor() {
        DcConverted r = DcConverted.of(SICKLE, "oai:test.example.com:1585322");
        List<RDFNode> contributions = r.path(r.work(), "bf:contribution");
        assertEquals(4, contributions.size(), "four dc:creator, four contributions");
        long primary = contributions.stream()
                .filter(c -> r.values(c.asResource(), "a").contains(BF + "PrimaryContribution"))
                .count();
        assertEquals(1, primary);
    }

    @Test
    void dcContributorBecomesAContributionInTheRoleOfContributor() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/316");
        assertEquals(
                List.of("Brito, M.P. de", "Laan, E.A. van der", "Toktay, B."),
                r.values(r.work(), "bf:contribution", "bf:agent", "rdfs:label"));
        assertEquals(
                List.of("http://id.loc.gov/vocabulary/relators/ctb"),
                r.values(r.work(), "bf:contribution", "bf:role").stream()
                        .distinct()
                        .toList());
        assertTrue(!r.values(r.work(), "bf:contribution", "a").contains(BF + "PrimaryContribution"));
    }

    @Test
    void dcSubjectBecomesATopicOfTheWork() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertTrue(r.values(r.work(), "bf:subject", "rdfs:label").contains("Perfumes industry"));
        assertEquals(
                List.of(BF + "Topic"),
                r.values(r.work(), "bf:subject", "a").stream().distinct().toList());
    }

    @Test
    void dcDescriptionBecomesASummaryTaggedWithItsXmlLang() {
        DcConverted r = DcConverted.of(SICKLE, "oai:test.example.com:1585322");
        List<RDFNode> labels = r.path(r.work(), "bf:summary", "rdfs:label");
        assertEquals(1, labels.size());
        Literal l = labels.get(0).asLiteral();
        assertTrue(l.getLexicalForm()
                .startsWith("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor"));
        assertEquals("en", l.getLanguage(), "xml:lang=\"eng\" is tagged with its BCP 47 form");
    }

    @Test
    void valuesWithoutXmlLangAreNotTagged() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(
                "",
                r.path(r.instance(), "bf:title", "bf:mainTitle")
                        .get(0)
                        .asLiteral()
                        .getLanguage());
    }

    @Test
    void dcPublisherAndDateMakeOnePublication() {
        DcConverted r = DcConverted.of(SICKLE, "oai:test.example.com:1585322");
        List<RDFNode> publications = r.path(r.instance(), "bf:provisionActivity");
        assertEquals(1, publications.size());
        assertEquals(List.of("Sample Publisher"), r.values(r.instance(), "bf:provisionActivity", "bflc:simpleAgent"));
        assertEquals(List.of("2010"), r.values(r.instance(), "bf:provisionActivity", "bflc:simpleDate"));
        assertEquals(List.of(BF + "Publication"), r.values(r.instance(), "bf:provisionActivity", "a"));
    }

    @Test
    void dcDateInIsoFormBecomesAnEdtfDateToo() {
        DcConverted r = DcConverted.of(ARXIV, "oai:arXiv.org:hep-th/0001001");
        List<RDFNode> dates = r.path(r.instance(), "bf:provisionActivity", "bf:date");
        assertEquals(1, dates.size(), "only the first dc:date dates the publication");
        assertEquals("1999-12-31", dates.get(0).asLiteral().getLexicalForm());
        assertEquals(
                "http://id.loc.gov/datatypes/edtf", dates.get(0).asLiteral().getDatatypeURI());
    }

    @Test
    void dcDateInWordsStaysASimpleDateOnly() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(List.of("1950s"), r.values(r.instance(), "bf:provisionActivity", "bflc:simpleDate"));
        assertEquals(List.of(), r.values(r.instance(), "bf:provisionActivity", "bf:date"));
    }

    @Test
    void dcTypeNamingADcmiTypeGivesTheWorkClass() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertTrue(r.values(r.work(), "a").contains(BF + "StillImage"), r.values(r.work(), "a")::toString);
        assertEquals(List.of("Image", "photographs"), r.values(r.work(), "bf:genreForm", "rdfs:label"));
    }

    @Test
    void dcTypeThatIsNoDcmiTypeGivesOnlyAGenreForm() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/316");
        assertEquals(List.of("Working Paper"), r.values(r.work(), "bf:genreForm", "rdfs:label"));
        assertEquals(
                List.of(BF + "Monograph", BF + "Work"),
                r.values(r.work(), "a"),
                "a Work, a monograph by the leader the reader makes");
    }

    @Test
    void dcIdentifierWithAnIsbnBecomesAnIsbn() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/309");
        List<RDFNode> ids = r.path(r.instance(), "bf:identifiedBy");
        var isbn = ids.stream()
                .filter(n -> r.values(n.asResource(), "a").contains(BF + "Isbn"))
                .toList();
        assertEquals(1, isbn.size(), "90 - 5892 - 032 - 1 has a valid check digit");
        assertEquals(List.of("9058920321"), r.values(isbn.get(0).asResource(), "rdf:value"));
    }

    @Test
    void dcIdentifierWithAnIssnBecomesAnIssn() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/317");
        var issn = r.path(r.instance(), "bf:identifiedBy").stream()
                .filter(n -> r.values(n.asResource(), "a").contains(BF + "Issn"))
                .toList();
        assertEquals(1, issn.size());
        assertEquals(List.of("1566-5283"), r.values(issn.get(0).asResource(), "rdf:value"));
    }

    @Test
    void dcIdentifierThatIsAWebAddressBecomesAnElectronicLocator() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(
                List.of(
                        "https://digital.sciencehistory.org/download_redirect/9k41zd701/dl_small?no_content_disposition=true",
                        "https://digital.sciencehistory.org/works/fq977t769"),
                r.values(r.instance(), "bf:electronicLocator"));
        assertEquals(List.of(), r.path(r.instance(), "bf:identifiedBy"), "web addresses are no identifiers here");
    }

    @Test
    void dcIdentifierThatIsAHandleBecomesAHandleAndALocator() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/311");
        assertEquals(List.of("http://hdl.handle.net/1765/311"), r.values(r.instance(), "bf:electronicLocator"));
        assertEquals(List.of(BF + "Hdl"), r.values(r.instance(), "bf:identifiedBy", "a"));
        assertEquals(List.of("http://hdl.handle.net/1765/311"), r.values(r.instance(), "bf:identifiedBy", "rdf:value"));
    }

    @Test
    void dcLanguageAsIso6392CodeBecomesTheWorkLanguage() {
        DcConverted r = DcConverted.of(SICKLE, "oai:test.example.com:1585322");
        assertEquals(List.of(LANGUAGES + "eng"), r.values(r.work(), "bf:language"));
    }

    @Test
    void dcLanguageAsBcp47TagIsLookedUpByItsSubtag() {
        assertEquals(List.of(LANGUAGES + "dut"), lang("hdl:1765/311"), "nl");
        assertEquals(List.of(LANGUAGES + "eng"), lang("hdl:1765/317"), "en");
        assertEquals(List.of(LANGUAGES + "eng"), lang("hdl:1765/316"), "en_US");
        assertEquals(List.of(), lang("hdl:1765/308"), "'other' names no language");
    }

    private static List<String> lang(String id) {
        DcConverted r = DcConverted.of(PYOAI, id);
        return r.values(r.work(), "bf:language");
    }

    @Test
    void dcRelationBecomesARelatedWork() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/311");
        assertEquals(List.of("TRAIL Poceedings series;"), r.values(r.work(), "bf:relatedTo", "rdfs:label"));
        assertEquals(List.of(BF + "Work"), r.values(r.work(), "bf:relatedTo", "a"));
    }

    @Test
    void dcSourceBecomesARelatedWork() {
        DcConverted r = DcConverted.of(SICKLE, "oai:test.example.com:1585322");
        assertEquals(List.of("Sample Source"), r.values(r.work(), "bf:relatedTo", "rdfs:label"));
    }

    @Test
    void dcRightsThatIsAWebAddressBecomesTheUsagePolicy() {
        DcConverted r = DcConverted.of(TRAJECT, SPICE);
        assertEquals(
                List.of("http://rightsstatements.org/vocab/NKC/1.0/"),
                r.values(r.instance(), "bf:usageAndAccessPolicy"));
    }

    @Test
    void dcFormatBecomesAnInstanceNote() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/323");
        assertEquals(
                List.of("19 pages", "908451 bytes", "application/pdf"),
                r.values(r.instance(), "bf:note", "rdfs:label"));
    }

    @Test
    void theOaiIdentifierNamesTheRecord() {
        DcConverted r = DcConverted.of(PYOAI, "hdl:1765/311");
        assertEquals("hdl:1765/311", r.recordId);
        assertEquals("http://example.org/lib/hdl%3A1765%2F311", r.iri);
    }

    @Test
    void withoutAnOaiIdentifierTheFirstDcIdentifierNamesTheRecord() {
        var src = OaiDcFiles.live(ARXIV).get(0);
        var anonymous = new org.colophon.record.SourceRecord(
                src.sourceId(), null, src.locator(), null, false, src.format(), src.raw());
        assertEquals("http://arXiv.org/abs/hep-th/0001001", DcConverted.of(anonymous).recordId);
    }

    @Test
    void qualifiedDcTermsMapLikeTheirElements() {
        // the traject records declare the dcterms namespace; here the title and date are given as DCMI terms
        var src = OaiDcFiles.live(TRAJECT).get(1);
        String raw = new String(src.raw(), java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "<dc:title>Spice Storage</dc:title>",
                        "<dcterms:alternative>Spice Storage</dcterms:alternative>"
                                + "<dcterms:title>Spice storage area</dcterms:title>")
                .replace("<dc:date>1950s</dc:date>", "<dcterms:issued>1955</dcterms:issued>");
        DcConverted r = DcConverted.of(new org.colophon.record.SourceRecord(
                src.sourceId(),
                src.recordId(),
                src.locator(),
                null,
                false,
                src.format(),
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                List.of("Spice Storage", "Spice storage area"), r.values(r.instance(), "bf:title", "bf:mainTitle"));
        assertEquals(List.of(BF + "Title", BF + "VariantTitle"), r.values(r.instance(), "bf:title", "a"));
        assertEquals(List.of("1955"), r.values(r.instance(), "bf:provisionActivity", "bf:date"));
    }
}
