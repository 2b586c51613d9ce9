package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
 * Real French serial records (periouni, {@code unimarc/periouni-links.mrc}) whose 4XX links use the standard
 * subfields for the linked manifestation, and the 0XX, 2XX and 8XX subfields mapped for the corpus-wide coverage.
 */
class UnimarcLinksTest {
    static final Map<String, Model> GRAPHS = new HashMap<>();

    @BeforeAll
    static void convert() throws Exception {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        Quarantine q = Quarantine.counting();
        try (RecordSource src =
                FileRecordReader.open(TestRecords.resource("unimarc/periouni-links.mrc"), "lib", null, q)) {
            new ConversionRun(c, q, 1, null).run(src, r -> {
                Model m = ModelFactory.createDefaultModel();
                r.triples().forEach(t -> m.getGraph().add(t));
                GRAPHS.put(r.recordId(), m);
            });
        }
        assertTrue(q.count() == 0 && GRAPHS.size() == 8, "converted " + GRAPHS.keySet());
    }

    private static void ask(String record, String where) {
        Model m = GRAPHS.get(record);
        assertTrue(m != null, "no record " + record + " in " + GRAPHS.keySet());
        String q = UnimarcBlocksTest.PREFIXES + "ASK { "
                + where.replace("<I>", "<http://example.org/lib/" + record + "#Instance>")
                        .replace("<W>", "<http://example.org/lib/" + record + "#Work>")
                        .replace("<A>", "<http://example.org/lib/" + record + "#Admin>")
                + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            assertTrue(qe.execAsk(), record + ": " + where);
        }
    }

    @Test
    void linkInStandardSubfieldsDescribesTheLinkedManifestationOnItsInstance() {
        // 488 | $t … $o table décennale $f [publ. par la] Société … $c Paris $n A. Coste $d s.d. $p 37 p. $s
        // Publications …
        ask(
                "03745756X",
                "<W> bf:relatedTo ?w . ?w a bf:Work ; bf:title [ bf:mainTitle \"Revue d'histoire de la Guerre mondiale\" ;"
                        + " bf:subtitle \"table décennale, 1923-1932\" ] ; bf:hasInstance ?i ."
                        + " ?i a bf:Instance ; bf:instanceOf ?w ;"
                        + " bf:responsibilityStatement \"[publ. par la] Société de l'histoire de la guerre\" ;"
                        + " bf:provisionActivityStatement \"Paris : A. Coste, s.d\" ; bf:extent [ rdfs:label \"37 p\" ] ;"
                        + " bf:seriesStatement \"Publications de la Société de l'histoire de la guerre\"");
        // 441 $t … $c Melun $n Imp. administrative $d 1909-1923: the statement with ISBD's punctuation put back
        ask(
                "050927140",
                "<W> bf:succeededBy [ bf:hasInstance [ bf:provisionActivityStatement \"Melun : Imp. administrative,"
                        + " 1909-1923\" ] ]");
    }

    @Test
    void linkInAnotherMediumGivesParallelTitleAndIsbn() {
        ask(
                "088099369",
                "<I> bf:otherPhysicalFormat [ bf:title [ a bf:ParallelTitle ; bf:mainTitle ?p ] ;"
                        + " bf:identifiedBy [ a bf:Isbn ] ; bf:responsibilityStatement \"United Nations\" ]"
                        + " FILTER(CONTAINS(STR(?p), \"Manuel de statistiques de la CNUCED\"))");
    }

    @Test
    void linkWithNoTitleSubfieldTakesItsTitleFromA() {
        // 422 1 $a Territoires $e la revue de la démocratie locale. $i cahier 2 $x 0991-2428
        ask(
                "0000203569",
                "<W> bf:supplementTo [ bf:title [ bf:mainTitle \"Territoires\" ; bf:partName \"cahier 2\" ] ;"
                        + " bf:identifiedBy [ a bf:Issn ; rdf:value \"0991-2428\" ] ;"
                        + " bf:hasInstance [ bf:editionStatement \"la revue de la démocratie locale\" ] ]");
    }

    @Test
    void legalDepositCountrySeriesResponsibilityAndTheAgencysRecordNumber() {
        ask("32927126", "<I> bf:identifiedBy [ rdf:value \"DL 96-13980\" ; bf:assigner [ bf:code \"FR\" ] ]");
        ask(
                "11125728X",
                "<I> bf:seriesStatement \"Synthèses / Institut national de la statistique et des études économiques\"");
        ask(
                "040613429",
                "?admin bf:identifiedBy [ a bf:Local ; rdf:value \"124304222\" ; bf:assigner [ bf:code \"Abes\" ] ]");
    }
}
