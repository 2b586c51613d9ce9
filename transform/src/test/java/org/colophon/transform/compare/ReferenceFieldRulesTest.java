package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/** The rules changed to meet LoC's BIBFRAME 2 conversion, each on a real record of the copied datasets. */
class ReferenceFieldRulesTest {
    private static final String PREFIXES = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX w: <http://example.org/t/%s#Work>\n"
            + "PREFIX i: <http://example.org/t/%s#Instance>\n";

    private static Model record(String dataset, String id) {
        for (MarcRecord r : ReferenceRun.records(dataset)) {
            if (!id.equals(r.control("001").strip())) continue;
            Model m = ModelFactory.createDefaultModel();
            for (Triple t : ReferenceRun.converter().map("t", id, r))
                m.getGraph().add(t);
            return m;
        }
        throw new IllegalArgumentException("no record " + id + " in " + dataset);
    }

    private static void assertAsk(String dataset, String id, String where) {
        Model m = record(dataset, id);
        String q = String.format(PREFIXES, id, id) + "ASK { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            assertTrue(qe.execAsk(), () -> "not in record " + id + ": " + where);
        }
    }

    private static void assertNotAsk(String dataset, String id, String where) {
        Model m = record(dataset, id);
        String q = String.format(PREFIXES, id, id) + "ASK { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            assertTrue(!qe.execAsk(), () -> "unexpected in record " + id + ": " + where);
        }
    }

    @Test
    void field300SubfieldBBecomesAPhysicalNoteOnTheExtent() {
        assertAsk(
                "british_library",
                "007177759",
                "i: bf:extent ?e . ?e a bf:Extent ; bf:note ?n . "
                        + "?n a <http://id.loc.gov/vocabulary/mnotetype/physical> ; rdfs:label \"col.maps\"");
        assertNotAsk("british_library", "007177759", "i: bf:note ?n . ?n rdfs:label \"col.maps\"");
    }

    @Test
    void field504BecomesABibliographyNoteOfTheInstance() {
        assertAsk(
                "british_library",
                "010279636",
                "i: bf:note ?n . "
                        + "?n a bf:Note, <http://id.loc.gov/vocabulary/mnotetype/biblio> ; "
                        + "rdfs:label \"Includes bibliographical references.\"");
    }

    @Test
    void field546BecomesALanguageNoteOfTheWork() {
        assertAsk(
                "nlm",
                "117811",
                "w: bf:note ?n . ?n a <http://id.loc.gov/vocabulary/mnotetype/lang> ; "
                        + "rdfs:label \"Articles in English, French or German, with summaries in all three languages.\"");
    }

    @Test
    void field100WithoutRelatorIsTheAuthorOfAText() {
        assertAsk(
                "nlm",
                "106025",
                "w: bf:contribution ?c . ?c a bf:PrimaryContribution ; "
                        + "bf:role <http://id.loc.gov/vocabulary/relators/aut> ; bf:agent/rdfs:label \"Lehninger, Albert L.\"");
    }

    @Test
    void field022OfASerialIdentifiesTheWork() {
        assertAsk(
                "nlm",
                "615931",
                "w: bf:identifiedBy ?i . ?i a bf:Issn ; rdf:value \"0829-8211\" . "
                        + "w: bf:identifiedBy ?l . ?l a bf:IssnL ; rdf:value \"0829-8211\"");
        assertNotAsk("nlm", "615931", "i: bf:identifiedBy ?i . ?i a bf:Issn");
    }

    @Test
    void field246OfASerialIsAVariantTitleOfTheWork() {
        assertAsk(
                "british_library",
                "007177759",
                "w: bf:title ?t . ?t a bf:VariantTitle ; "
                        + "bf:mainTitle \"Official Airline Guides flight atlas. Worldwide\"");
    }

    @Test
    void field650SecondIndicator0IsFromLibraryOfCongressSubjectHeadings() {
        assertAsk(
                "loc_general",
                "16972248",
                "w: bf:subject ?s . ?s rdfs:label \"Celestial mechanics\" ; "
                        + "bf:source <http://id.loc.gov/authorities/subjects>");
    }

    @Test
    void field015SubfieldZIsACancelledNationalBibliographyNumber() {
        assertAsk(
                "dnb",
                "986210218",
                "i: bf:identifiedBy ?n . ?n a bf:Nbn ; rdf:value \"07,N47,0169\" ; "
                        + "bf:status <http://id.loc.gov/vocabulary/mstatus/cancinv>");
    }
}
