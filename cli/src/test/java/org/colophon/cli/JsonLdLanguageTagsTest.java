package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to jsonld} keeps language tags as the converter made them, the same as Turtle. */
class JsonLdLanguageTagsTest {
    @TempDir
    Path tmp;

    @Test
    void jsonLdKeepsTheCaseOfLanguageTagsAsTurtleDoes() throws Exception {
        String record = ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml")
                .toString();
        Path jsonld = tmp.resolve("out.jsonld");
        Path turtle = tmp.resolve("out.ttl");
        assertEquals(
                0,
                CliRun.of("convert", record, "--to", "jsonld", "-o", jsonld.toString())
                        .code());
        assertEquals(
                0,
                CliRun.of("convert", record, "--to", "turtle", "-o", turtle.toString())
                        .code());

        String text = Files.readString(jsonld);
        assertTrue(text.matches("(?s).*\"@language\"\\s*:\\s*\"zh-Hani\".*"), "zh-Hani as written");
        assertTrue(text.matches("(?s).*\"@language\"\\s*:\\s*\"zh-Latn-pinyin\".*"), "zh-Latn-pinyin as written");
        assertFalse(text.contains("\"zh-hani\"") || text.contains("\"zh-latn-pinyin\""), "no lower-cased tag");

        DatasetGraph fromJsonLd = RDFParser.fromString(text, Lang.JSONLD).toDatasetGraph();
        DatasetGraph fromTurtle = RDFParser.source(turtle).toDatasetGraph();
        Set<String> jsonTags = tags(fromJsonLd);
        assertEquals(tags(fromTurtle), jsonTags);
        assertTrue(jsonTags.containsAll(Set.of("zh-Hani", "zh-Latn-pinyin")), jsonTags::toString);
    }

    @Test
    void onlyLanguageValuesAreTouched() {
        String doc = "{ \"@value\": \"\\\"@language\\\": \\\"zh-hani\\\"\", \"@language\": \"zh-hani\" }";
        var triples = java.util.List.of(org.apache.jena.graph.Triple.create(
                org.apache.jena.graph.NodeFactory.createURI("http://x/s"),
                org.apache.jena.graph.NodeFactory.createURI("http://x/p"),
                org.apache.jena.graph.NodeFactory.createLiteralLang("\"@language\": \"zh-hani\"", "zh-Hani")));
        assertEquals(
                "{ \"@value\": \"\\\"@language\\\": \\\"zh-hani\\\"\", \"@language\": \"zh-Hani\" }",
                RdfOutput.restoreLanguageTagCase(doc, triples));
    }

    private static Set<String> tags(DatasetGraph ds) {
        Set<String> out = new TreeSet<>();
        ds.find().forEachRemaining((Quad q) -> {
            if (q.getObject().isLiteral() && !q.getObject().getLiteralLanguage().isEmpty())
                out.add(q.getObject().getLiteralLanguage());
        });
        return out;
    }
}
