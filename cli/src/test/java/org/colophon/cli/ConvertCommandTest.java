package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path tmp;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ConvertCommandTest.class.getResource("/" + name).toURI());
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void nquadsPutEachRecordInItsOwnGraphAndTheRunEndsWithASummaryLine() throws Exception {
        Path out = tmp.resolve("out.nq");
        CliRun r = run(
                "convert",
                resource("marc2bibframe2-880-100-600-700-700t.xml").toString(),
                "--to",
                "nquads",
                "--source",
                "loc",
                "--base",
                "http://example.org/",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(
                List.of("http://example.org/loc/5287459"),
                org.apache.jena.atlas.iterator.Iter.toList(
                        org.apache.jena.atlas.iterator.Iter.map(ds.listGraphNodes(), n -> n.getURI())));
        assertTrue(
                r.err().strip().matches("(?s).*read 1, converted 1, quarantined 0, triples \\d+, .* records/s$"),
                r.err());
    }

    @Test
    void badRecordsGoToTheQuarantineWithTheirReasonAndExitCodeIsOne() throws Exception {
        Path q = tmp.resolve("q");
        CliRun r = run(
                "convert",
                resource("bad_records.mrc").toString(),
                "--quarantine",
                q.toString(),
                "-o",
                tmp.resolve("o.ttl").toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = Files.readAllLines(q.resolve("quarantine.tsv"));
        assertTrue(lines.size() >= 2, lines.toString());
        String reason = lines.get(1);
        assertTrue(reason.contains("bad_records.mrc#"), "reason names the file and record: " + reason);
        String rawFile = reason.substring(reason.lastIndexOf('\t') + 1);
        assertTrue(Files.size(q.resolve(rawFile)) > 0, "raw bytes kept");
        assertTrue(r.err().contains("quarantined " + (lines.size() - 1)), r.err());
    }

    @Test
    void aMissingFileIsAUsageErrorInOneLine() {
        CliRun r = run("convert", tmp.resolve("nope.mrc").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("colophon convert: no such file: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBrokenRuleFileIsReportedAsFileAndLine() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(
                rules.resolve("20X-24X.rules"), "245 -> Instance bf:title [bf:Title]\n    bf:mainTitle $a | louder\n");
        CliRun r = run("convert", resource("bad_records.mrc").toString(), "--rules", rules.toString());
        assertEquals(2, r.code());
        assertEquals(
                "colophon convert: 20X-24X.rules:2: unknown transform 'louder'",
                r.err().strip());
    }

    @Test
    void jsonLdOutputIsOneDocumentPerRecordThatParsesBack() throws Exception {
        Path out = tmp.resolve("out.jsonld");
        CliRun r = run(
                "convert",
                resource("marc2bibframe2-880-100-600-700-700t.xml").toString(),
                "--to",
                "jsonld",
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(out);
        assertTrue(text.startsWith("[") && text.strip().endsWith("]"));
        DatasetGraph ds = org.apache.jena.riot.RDFParser.fromString(text, org.apache.jena.riot.Lang.JSONLD)
                .toDatasetGraph();
        assertTrue(ds.getGraph(org.apache.jena.graph.NodeFactory.createURI("http://localhost:3030/local/5287459"))
                        .size()
                > 50);
    }
}
