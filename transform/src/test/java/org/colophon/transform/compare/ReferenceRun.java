package org.colophon.transform.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.transform.Converter;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.colophon.transform.marc.MarcRecord;

/** The four copied datasets and their reference conversions, compared once per test run. */
final class ReferenceRun {
    static final List<String> DATASETS = List.of("british_library", "dnb", "loc_general", "nlm");
    private static ComparisonResult result;

    private ReferenceRun() {}

    static Converter converter() {
        return Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
    }

    static synchronized ComparisonResult all() {
        if (result != null) return result;
        Graph reference = GraphFactory.createDefaultGraph();
        List<MarcRecord> records = new ArrayList<>();
        for (String d : DATASETS) {
            Graph g = ReferenceComparison.readReference(TestRecords.resource("bibframe-reference/" + d + ".bf.rdf"));
            g.find().forEach(reference::add);
            records.addAll(TestRecords.read("bibframe-reference/" + d + ".xml"));
        }
        result = new ReferenceComparison(reference, "http://example.org/", converter()).compare(records);
        return result;
    }

    static List<MarcRecord> records(String dataset) {
        return TestRecords.read("bibframe-reference/" + dataset + ".xml");
    }
}
