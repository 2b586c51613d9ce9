package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.Converter;
import org.colophon.transform.TestRecords;
import org.colophon.transform.VocabularyLookup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden records for the UNIMARC rules, one folder per rule file ({@code rules/unimarc/7XX/} for {@code
 * unimarc/7XX.rules}), as {@code RuleFileGoldenTest} has them for MARC 21: each {@code NAME.xml} is a real record
 * cut down to 001, 100, 101, 200 and the fields the case is about (written by the decoder as MARCXML, so in Unicode),
 * read as the run reads it ({@link DialectDecoder}, detected per record: it must come out UNIMARC), and {@code
 * NAME.ttl} the BIBFRAME it must give, compared as graphs. Rewrite after a deliberate change with {@code
 * -Dgolden.write=true} and read the diff.
 */
class UnimarcRuleFileGoldenTest {
    private static final Path ROOT = TestRecords.resource("rules/unimarc");
    private static final Converter CONVERTER = Converter.builder()
            .base("http://example.org/")
            .lookup(VocabularyLookup.get())
            .build();

    static Stream<Path> goldenRecords() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenRecords")
    void theRuleFileGivesTheExpectedGraph(Path xml) throws Exception {
        DialectDecoder.Decoded d;
        try (RecordSource src = FileRecordReader.open(xml, "golden", null, Quarantine.counting())) {
            d = DialectDecoder.decode(src.next(), null);
        }
        assertTrue(d.dialect().isUnimarc(), xml + " read as " + d.dialect());
        Graph ours = GraphFactory.createDefaultGraph();
        CONVERTER
                .map("golden", d.record().controlNumber(), d.dialect(), d.record())
                .forEach(ours::add);
        Path ttl = Path.of(xml.toString().replaceAll("\\.xml$", ".ttl"));
        if (Boolean.getBoolean("golden.write")) {
            Path source = Path.of("src/test/resources/rules/unimarc").resolve(ROOT.relativize(ttl));
            ours.getPrefixMapping()
                    .setNsPrefix("bf", "http://id.loc.gov/ontologies/bibframe/")
                    .setNsPrefix("bflc", "http://id.loc.gov/ontologies/bflc/")
                    .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                    .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                    .setNsPrefix("madsrdf", "http://www.loc.gov/mads/rdf/v1#")
                    .setNsPrefix("relators", "http://id.loc.gov/vocabulary/relators/")
                    .setNsPrefix("r", "http://example.org/golden/");
            try (var os = Files.newOutputStream(source)) {
                RDFDataMgr.write(os, ours, Lang.TURTLE);
            }
            return;
        }
        assertTrue(Files.exists(ttl), "no expected graph " + ttl);
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).parse(expected);
        assertEquals(true, expected.isIsomorphicWith(ours), () -> ttl + " differs; ours:\n" + turtle(ours));
    }

    private static String turtle(Graph g) {
        var out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
