package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class CodeTablesTest {

    private static CodeTable.Entry entry(String table, String code) {
        return CodeTables.get(table).lookup(code).orElseThrow(() -> new AssertionError(table + " has no " + code));
    }

    @Test
    void everyBundledTableLoadsWithEntries() {
        for (String name : CodeTables.NAMES) {
            CodeTable table = CodeTables.get(name);
            assertEquals(name, table.name());
            assertTrue(table.size() > 0, name);
            assertSame(table, CodeTables.get(name), "tables are read once and shared");
        }
    }

    @Test
    void unknownTableNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CodeTables.get("nosuchtable"));
    }

    @Test
    void chineseLanguageCodeGivesBcp47ZhAndItsLocIri() {
        CodeTable.Entry chi = entry("languages", "chi");
        assertEquals("http://id.loc.gov/vocabulary/languages/chi", chi.iri());
        assertEquals("zh", chi.attribute("bcp47").orElseThrow());
        assertEquals("Chinese", chi.label("en").orElseThrow());
        assertEquals("汉语", chi.label("zh").orElseThrow());
        assertFalse(chi.obsolete());
    }

    @Test
    void languageCodesMapToTwoLetterTagsWhereIso6391HasOne() {
        Map<String, String> expected = Map.of(
                "jpn", "ja", "kor", "ko", "eng", "en", "rus", "ru", "ara", "ar", "heb", "he", "gre", "el", "ger", "de",
                "fre", "fr");
        expected.forEach((marc, tag) ->
                assertEquals(tag, entry("languages", marc).attribute("bcp47").orElseThrow()));
        assertEquals("mul", entry("languages", "mul").attribute("bcp47").orElseThrow());
        assertEquals("haw", entry("languages", "haw").attribute("bcp47").orElseThrow(), "no ISO 639-1 code");
    }

    @Test
    void obsoleteSerbianAndCroatianCodesStayResolvableAndMarked() {
        CodeTable.Entry scc = entry("languages", "scc");
        assertTrue(scc.obsolete());
        assertEquals("sr", scc.attribute("bcp47").orElseThrow());
        assertTrue(entry("languages", "scr").obsolete());
        assertFalse(entry("languages", "srp").obsolete());
        assertTrue(CodeTables.get("languages").size() > 480);
    }

    @Test
    void languageLookupIgnoresCaseAndBlanks() {
        assertEquals(
                "chi", CodeTables.get("languages").lookup(" CHI ").orElseThrow().code());
        assertTrue(CodeTables.get("languages").lookup("xyz").isEmpty());
        assertTrue(CodeTables.get("languages").lookup(null).isEmpty());
    }

    @Test
    void countryCodeCcIsChinaAndChIsTaiwan() {
        CodeTable.Entry cc = entry("countries", "cc");
        assertEquals("China", cc.label("en").orElseThrow());
        assertEquals("http://id.loc.gov/vocabulary/countries/cc", cc.iri());
        assertEquals("台湾", entry("countries", "ch").label("zh").orElseThrow());
        assertEquals("New York (State)", entry("countries", "nyu").label("en").orElseThrow());
        assertTrue(entry("countries", "hk").obsolete(), "Hong Kong now files under cc");
        assertTrue(CodeTables.get("countries").size() > 370);
    }

    @Test
    void relatorAutIsAuthor() {
        CodeTable.Entry aut = entry("relators", "aut");
        assertEquals("author", aut.label("en").orElseThrow());
        assertEquals("http://id.loc.gov/vocabulary/relators/aut", aut.iri());
        assertTrue(CodeTables.get("relators").size() >= 300);
    }

    @Test
    void relatorTermsInSubfieldEMapToCodes() {
        CodeTable relators = CodeTables.get("relators");
        Map<String, String> expected = Map.of(
                "author.", "aut",
                "Author,", "aut",
                "ed.", "edt",
                "editor", "edt",
                "Editor.", "edt",
                "illustrator", "ill",
                "illustrator.", "ill",
                " joint  author ", "aut",
                "译", "trl",
                "主编", "edt");
        expected.forEach((term, code) -> assertEquals(
                code,
                relators.lookupByLabel(term)
                        .orElseThrow(() -> new AssertionError(term))
                        .code(),
                term));
        assertTrue(relators.lookupByLabel("not a relator").isEmpty());
    }

    @Test
    void discontinuedRelatorVocalistIsKeptButMarked() {
        assertTrue(entry("relators", "voc").obsolete());
        assertFalse(entry("relators", "sng").obsolete());
    }

    @Test
    void rdaTypesResolveByCodeAndByTerm() {
        assertEquals("text", entry("contentTypes", "txt").label("en").orElseThrow());
        assertEquals(
                "http://id.loc.gov/vocabulary/contentTypes/txt",
                entry("contentTypes", "txt").iri());
        assertEquals("unmediated", entry("mediaTypes", "n").label("en").orElseThrow());
        assertEquals("volume", entry("carriers", "nc").label("en").orElseThrow());
        assertEquals(
                "nc",
                CodeTables.get("carriers")
                        .lookupByLabel("Volume.")
                        .orElseThrow()
                        .code());
        assertEquals(
                "n",
                CodeTables.get("mediaTypes")
                        .lookupByLabel("unmediated")
                        .orElseThrow()
                        .code());
        assertEquals(
                "sti",
                CodeTables.get("contentTypes")
                        .lookupByLabel("still image")
                        .orElseThrow()
                        .code());
        assertEquals("cr", entry("carriers", "cr").iri().substring("http://id.loc.gov/vocabulary/carriers/".length()));
    }

    @Test
    void clcHasAllTwentyTwoMainClassesInChineseAndEnglish() {
        CodeTable clc = CodeTables.get("clc");
        assertEquals(
                22,
                clc.entries().stream()
                        .filter(e -> e.attribute("broader").isEmpty())
                        .count(),
                "the main classes are the ones with no broader class");
        for (char c : "ABCDEFGHIJKNOPQRSTUVXZ".toCharArray()) {
            CodeTable.Entry e = entry("clc", String.valueOf(c));
            assertTrue(e.label("zh").isPresent() && e.label("en").isPresent(), String.valueOf(c));
        }
        assertEquals("马克思主义、列宁主义、毛泽东思想、邓小平理论", entry("clc", "A").label("zh").orElseThrow());
        assertEquals("哲学、宗教", entry("clc", "B").label("zh").orElseThrow());
        assertEquals("综合性图书", entry("clc", "Z").label("zh").orElseThrow());
        assertTrue(clc.lookup("L").isEmpty(), "L is not a CLC main class");
    }

    @Test
    void classSchemeClcIsTheChineseLibraryClassification() {
        CodeTable.Entry clc = entry("classSchemes", "clc");
        assertEquals("http://id.loc.gov/vocabulary/classSchemes/clc", clc.iri());
        assertEquals("中国图书馆分类法", clc.label("zh").orElseThrow());
        assertEquals(
                BF.ClassificationDdc.getURI(),
                entry("classSchemes", "ddc").attribute("bfClass").orElseThrow());
    }

    @Test
    void subjectSecondIndicatorZeroIsLcshAndTwoIsMesh() {
        assertEquals(
                "http://id.loc.gov/vocabulary/subjectSchemes/lcsh",
                entry("subjectSchemes", "0").iri());
        assertEquals(
                "http://id.loc.gov/vocabulary/subjectSchemes/mesh",
                entry("subjectSchemes", "2").iri());
        assertEquals(
                "http://id.loc.gov/vocabulary/subjectSchemes/fast",
                entry("subjectSchemes", "fast").iri());
    }

    @Test
    void sourceTablesHoldLocsCurrentCodes() {
        // codes the held-out records use that the older lists lacked (MARC::Lint's CodeData.pm, 2014)
        for (String code : new String[] {"yso", "kauno", "jlabsh"})
            assertEquals(
                    "http://id.loc.gov/vocabulary/subjectSchemes/" + code,
                    entry("subjectSchemes", code).iri());
        assertEquals(
                "http://id.loc.gov/vocabulary/genreFormSchemes/slm",
                entry("genreFormSchemes", "slm").iri());
        for (String code : new String[] {"rpk", "pn", "kids"})
            assertEquals(
                    "http://id.loc.gov/vocabulary/descriptionConventions/" + code,
                    entry("descriptionConventions", code).iri());
    }

    @Test
    void leaderTypeOfRecordGivesWorkClass() {
        assertEquals(BF.Text.getURI(), entry("workTypes", "a").iri());
        assertEquals(BF.NotatedMusic.getURI(), entry("workTypes", "c").iri());
        assertEquals(BF.Cartography.getURI(), entry("workTypes", "e").iri());
        assertEquals(BF.MusicAudio.getURI(), entry("workTypes", "j").iri());
        assertEquals(
                BF.Manuscript.getURI(),
                entry("workTypes", "t").attribute("alsoWorkClass").orElseThrow());
        assertEquals(
                BF.Print.getURI(),
                entry("workTypes", "a").attribute("instanceClass").orElseThrow());
        assertEquals(
                BF.Electronic.getURI(),
                entry("workTypes", "m").attribute("instanceClass").orElseThrow());
    }

    @Test
    void leaderBibliographicLevelGivesIssuanceAndWorkClass() {
        assertEquals(
                "http://id.loc.gov/vocabulary/issuance/mono",
                entry("issuance", "m").iri());
        assertEquals(
                "http://id.loc.gov/vocabulary/issuance/serl",
                entry("issuance", "s").iri());
        assertEquals(
                BF.Serial.getURI(),
                entry("issuance", "s").attribute("workClass").orElseThrow());
    }

    @Test
    void everyBibframeClassNamedInATableIsAnOntologyClass() {
        Graph bibframe = Ontologies.bibframe();
        for (String table : new String[] {"workTypes", "issuance", "formOfItem", "classSchemes"}) {
            for (CodeTable.Entry e : CodeTables.get(table).entries()) {
                for (String value : e.attributes().values()) {
                    assertBfClassIfBf(bibframe, table, value);
                }
                assertBfClassIfBf(bibframe, table, e.iri());
            }
        }
    }

    private static void assertBfClassIfBf(Graph bibframe, String table, String iri) {
        if (iri.startsWith(BF.NS)) {
            Node node = NodeFactory.createURI(iri);
            assertTrue(bibframe.contains(node, RDF.type.asNode(), OWL.Class.asNode()), table + ": " + iri);
        }
    }

    @Test
    void descriptionConventionRdaResolves() {
        assertEquals(
                "http://id.loc.gov/vocabulary/descriptionConventions/rda",
                entry("descriptionConventions", "rda").iri());
        assertEquals(
                "http://id.loc.gov/vocabulary/marcauthen/pcc",
                entry("marcauthen", "pcc").iri());
    }
}
