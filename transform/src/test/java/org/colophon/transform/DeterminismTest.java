package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Converting the same file twice, on one thread or several, gives isomorphic datasets: IRIs are deterministic. */
class DeterminismTest {

    static DatasetGraph convert(String file, int threads) throws IOException {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        DatasetGraph ds = DatasetGraphFactory.create();
        try (RecordSource src = FileRecordReader.open(TestRecords.resource(file), "lib", null, Quarantine.counting())) {
            new ConversionRun(c, Quarantine.counting(), threads, null).run(src, r -> {
                var g = NodeFactory.createURI(r.graphIri());
                r.triples().forEach(t -> ds.add(Quad.create(g, t)));
            });
        }
        return ds;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "marc/bu_bibs.mrc",
                "marc/sample_marcxml_sru.xml",
                "marc/marc2bibframe2-880-100-600-700-700t.xml",
                "marc/test_data.utf8.mrc"
            })
    void sameFileTwiceGivesIsomorphicGraphs(String file) throws IOException {
        DatasetGraph first = convert(file, 1);
        DatasetGraph second = convert(file, 2);
        assertTrue(first.size() > 0, "no graphs from " + file);
        assertEquals(first.size(), second.size());
        first.listGraphNodes()
                .forEachRemaining(g -> assertTrue(
                        first.getGraph(g).isIsomorphicWith(second.getGraph(g)),
                        file + ": graph " + g + " differs between two conversions"));
    }
}
