package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.junit.jupiter.api.Test;

/** What the N-Quads encoder writes parses back, record by record, to the graphs that were converted. */
class NQuadsRoundTripTest {

    @Test
    void convertedRecordsWrittenAsNQuadsParseBackIsomorphic() throws IOException {
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Graph> expected = new HashMap<>();
        for (String file : List.of(
                "marc/marc2bibframe2-880-100-600-700-700t.xml", "marc/sample_marcxml_sru.xml", "marc/bu_bibs.mrc")) {
            try (RecordSource src =
                    FileRecordReader.open(TestRecords.resource(file), "lib", null, Quarantine.counting())) {
                new ConversionRun(c, Quarantine.counting(), 2, null)
                        .encoder(r -> NQuads.nquads(r.triples(), r.graphIri()))
                        .run(src, r -> {
                            out.writeBytes(r.encoded());
                            Graph g = GraphFactory.createDefaultGraph();
                            r.triples().forEach(g::add);
                            expected.put(r.graphIri(), g);
                        });
            }
        }
        DatasetGraph back = RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS)
                .toDatasetGraph();
        assertEquals(111, expected.size());
        assertEquals(expected.size(), back.size());
        for (Map.Entry<String, Graph> e : expected.entrySet()) {
            Graph parsed = back.getGraph(NodeFactory.createURI(e.getKey()));
            assertTrue(e.getValue().isIsomorphicWith(parsed), "graph " + e.getKey() + " changed in the round trip");
        }
    }

    @Test
    void literalsWithQuotesBackslashesAndControlCharactersSurvive() {
        Node s = NodeFactory.createURI("http://example.org/x");
        Node p = NodeFactory.createURI("http://example.org/p");
        List<Triple> ts = List.of(
                Triple.create(s, p, NodeFactory.createLiteralString("He said \"红楼梦\" \\ and\nleft\t\u0001")),
                Triple.create(s, p, NodeFactory.createLiteralLang("Liu Hui ping zhuan", "zh-Latn-pinyin")),
                Triple.create(s, p, NodeFactory.createURI("http://example.org/a b")));
        Graph g = GraphFactory.createDefaultGraph();
        ts.forEach(g::add);
        Graph back = RDFParser.fromString(
                        new String(NQuads.ntriples(ts), java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES)
                .toGraph();
        assertTrue(g.isIsomorphicWith(back), back.toString());
    }
}
