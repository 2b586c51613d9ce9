package org.colophon.transform.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.colophon.transform.Converter;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.colophon.transform.marc.MarcRecord;

/** The copied marc2bibframe2 datasets and LoC's conversions of them, compared once per test run. */
final class ReferenceRun {
    /** The four the rules were first tuned on. */
    static final List<String> DATASETS = List.of("british_library", "dnb", "loc_general", "nlm");
    /** Every dataset with a reference: the four, and three the rules were not tuned on. */
    static final List<String> ALL_DATASETS =
            List.of("british_library", "dnb", "loc_general", "nlm", "oclc", "gwu", "princeton");

    private static ComparisonResult result;
    private static Map<String, ComparisonResult> perDataset;

    private ReferenceRun() {}

    static Converter converter() {
        return Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
    }

    static synchronized ComparisonResult all() {
        if (result != null) return result;
        Map<String, Graph> reference = new HashMap<>();
        List<MarcRecord> records = new ArrayList<>();
        for (String d : DATASETS) {
            reference.putAll(reference(d));
            records.addAll(records(d));
        }
        result = new ReferenceComparison(reference, "http://example.org/", converter()).compare(records);
        return result;
    }

    /** Each dataset compared with its own reference, in {@link #ALL_DATASETS} order. */
    static synchronized Map<String, ComparisonResult> perDataset() {
        if (perDataset != null) return perDataset;
        Map<String, ComparisonResult> out = new LinkedHashMap<>();
        Converter converter = converter();
        for (String d : ALL_DATASETS)
            out.put(d, new ReferenceComparison(reference(d), "http://example.org/", converter).compare(records(d)));
        perDataset = out;
        return out;
    }

    /** LoC's conversion of a dataset, record by record ({@link RecordGraphs}). */
    static Map<String, Graph> reference(String dataset) {
        return RecordGraphs.read(
                TestRecords.resource("bibframe-reference/" + dataset + ".bf.rdf"), "http://example.org/");
    }

    static List<MarcRecord> records(String dataset) {
        return TestRecords.read("bibframe-reference/" + dataset + ".xml");
    }
}
