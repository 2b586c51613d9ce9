package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder of golden records per MARC 21 rule file, named by the file's stem ({@code rules/6XX/} for
 * {@code 6XX.rules}): each {@code NAME.xml} is a real record cut down to the fields that file maps (with 001, 008 and
 * 245), and {@code NAME.ttl} the BIBFRAME it must give, compared as graphs. After a deliberate rule change, rewrite
 * the expected files with {@code -Dgolden.write=true} and read the diff before committing it.
 */
class RuleFileGoldenTest {
    private static final Path ROOT = TestRecords.resource("rules");
    private static final Converter CONVERTER = Converter.builder()
            .base("http://example.org/")
            .lookup(VocabularyLookup.get())
            .build();

    static Stream<Path> goldenRecords() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            // rules/unimarc/ holds the UNIMARC rules' cases (UnimarcRuleFileGoldenTest)
            all.filter(p -> p.toString().endsWith(".xml") && !p.startsWith(ROOT.resolve("unimarc")))
                    .sorted()
                    .forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenRecords")
    void theRuleFileGivesTheExpectedGraph(Path xml) throws IOException {
        MarcRecord record = TestRecords.first("rules/" + ROOT.relativize(xml));
        Graph ours = GraphFactory.createDefaultGraph();
        CONVERTER.map("golden", record.controlNumber(), record).forEach(ours::add);
        Path ttl = Path.of(xml.toString().replaceAll("\\.xml$", ".ttl"));
        if (Boolean.getBoolean("golden.write")) {
            Path source = Path.of("src/test/resources/rules").resolve(ROOT.relativize(ttl));
            ours.getPrefixMapping()
                    .setNsPrefix("bf", "http://id.loc.gov/ontologies/bibframe/")
                    .setNsPrefix("bflc", "http://id.loc.gov/ontologies/bflc/")
                    .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                    .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                    .setNsPrefix("madsrdf", "http://www.loc.gov/mads/rdf/v1#")
                    .setNsPrefix("relators", "http://id.loc.gov/vocabulary/relators/")
                    .setNsPrefix("relationship", "http://id.loc.gov/vocabulary/relationship/")
                    .setNsPrefix("r", "http://example.org/golden/");
            try (var os = Files.newOutputStream(source)) {
                RDFDataMgr.write(os, ours, Lang.TURTLE);
            }
            return;
        }
        assertTrue(Files.exists(ttl), "no expected graph " + ttl);
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).parse(expected);
        assertTrue(expected.isIsomorphicWith(ours), () -> ttl + " differs; ours:\n" + turtle(ours));
    }

    @Test
    void everyRuleFileHasAFolderOfItsStemWithARecordInIt() throws IOException {
        try (InputStream in = RuleSet.class.getResourceAsStream("/org/colophon/transform/rules/marc21/profile")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String f = line.strip();
                if (f.isEmpty() || f.startsWith("#") || f.equals("blocks.rules")) continue;
                Path dir = ROOT.resolve(f.replaceAll("\\.rules$", ""));
                assertTrue(Files.isDirectory(dir), "no golden folder for " + f);
                try (Stream<Path> files = Files.list(dir)) {
                    assertFalse(files.noneMatch(p -> p.toString().endsWith(".xml")), "no record in " + dir);
                }
            }
        }
    }

    private static String turtle(Graph g) {
        var out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
