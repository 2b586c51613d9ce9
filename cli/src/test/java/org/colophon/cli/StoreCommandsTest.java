package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, delete, stats and sparql against a real TDB2 store, with real records from Beijing Normal University. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    Path input() throws Exception {
        Path p = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), p);
        return p;
    }

    static long count(Path data, String sparql) {
        try (GraphStore g = GraphStore.open(data.resolve("tdb2"))) {
            QueryResult.Select s = (QueryResult.Select) g.query(sparql, java.time.Duration.ofSeconds(30));
            return Long.parseLong(s.rows().get(0).get(s.vars().get(0)).getLiteralLexicalForm());
        }
    }

    @Test
    void reimportingUnchangedRecordsChangesNothingAndAChangedRecordIsReplaced() throws Exception {
        Path data = tmp.resolve("data");
        Path in = input();
        CliRun first = run("import", in.toString(), "--source", "bnu", "--data", data.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("read 10, added 10, replaced 0, unchanged 0"), first.err());

        CliRun again = run("import", in.toString(), "--source", "bnu", "--data", data.toString());
        assertTrue(again.err().contains("added 0, replaced 0, unchanged 10"), again.err());

        // a cataloguer corrects one title at the source
        String xml = Files.readString(in, StandardCharsets.UTF_8);
        assertTrue(xml.contains("社会科学文献出版社"));
        Files.writeString(in, xml.replaceFirst("“中国近代史上的民族主义”", "“中国近代史上的民族主义”（修订）"), StandardCharsets.UTF_8);
        CliRun changed = run("import", in.toString(), "--source", "bnu", "--data", data.toString());
        assertTrue(changed.err().contains("added 0, replaced 1, unchanged 9"), changed.err());
        assertEquals(
                1,
                count(
                        data,
                        "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT (COUNT(*) AS ?n) WHERE { ?i a bf:Instance ; bf:title/bf:mainTitle ?m FILTER(CONTAINS(?m, '（修订）')) }"));
        assertEquals(
                0,
                count(
                        data,
                        "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT (COUNT(*) AS ?n) WHERE { ?i a bf:Instance ; bf:title/bf:mainTitle ?m FILTER(CONTAINS(?m, '民族主义”国际') ) }"));
    }

    @Test
    void deleteDropsTheRecordGraphAndStatsAndSparqlSeeIt() throws Exception {
        Path data = tmp.resolve("data");
        run("import", input().toString(), "--source", "bnu", "--data", data.toString());
        CliRun stats = run("stats", "--data", data.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("bnu\\s+10\\s+[0-9,]+")), stats.out());

        CliRun del = run("delete", "--source", "bnu", "--data", data.toString(), "9911676899703961", "no-such-record");
        assertEquals(0, del.code(), del.err());
        assertTrue(del.err().contains("deleted 1, not found 1"), del.err());
        assertEquals(
                9,
                count(
                        data,
                        "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT (COUNT(*) AS ?n) WHERE { ?i a bf:Instance FILTER(STRENDS(STR(?i), '#Instance')) }"));
    }

    @Test
    void aBadQueryIsOneLineWithExitCodeTwo() throws Exception {
        Path data = tmp.resolve("data");
        run("import", input().toString(), "--source", "bnu", "--data", data.toString());
        CliRun r = run("sparql", "--data", data.toString(), "SELECT WHERE {");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("colophon sparql: bad query"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void sparqlPrintsIrisLanguageTaggedLiteralsAndBlankNodesInEveryFormat() throws Exception {
        Path data = tmp.resolve("data");
        Path loc = Path.of(getClass()
                .getResource("/marc2bibframe2-880-100-600-700-700t.xml")
                .toURI());
        assertEquals(
                0,
                run("import", loc.toString(), "--source", "loc", "--data", data.toString())
                        .code());
        String select = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> SELECT ?i ?t ?m WHERE"
                + " { ?i a bf:Instance ; bf:title ?t . ?t bf:mainTitle ?m FILTER(lang(?m) = 'zh-Hani') }";
        String iri = "http://localhost:3030/loc/5287459#Instance";
        for (String format : List.of("table", "csv", "tsv", "json")) {
            CliRun r = run("sparql", "--data", data.toString(), "--format", format, select);
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err(), format);
            assertTrue(r.out().contains(iri), format + ": " + r.out());
            assertTrue(r.out().contains("刘徽评传"), format + ": " + r.out());
            switch (format) {
                case "json" -> {
                    assertTrue(r.out().contains("\"xml:lang\": \"zh-Hani\""), r.out());
                    assertTrue(r.out().contains("\"type\": \"bnode\""), r.out());
                }
                case "csv" ->
                    assertTrue(
                            r.out()
                                    .lines()
                                    .anyMatch(l -> l.matches(java.util.regex.Pattern.quote(iri) + ",(_:)?b\\w+,刘徽评传")),
                            r.out());
                default -> {
                    assertTrue(r.out().contains("\"刘徽评传\"@zh-Hani"), format + ": " + r.out());
                    assertTrue(r.out().contains("_:"), format + ": " + r.out());
                }
            }
        }
        String construct = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/> CONSTRUCT { ?i bf:title ?t . ?t"
                + " bf:mainTitle ?m } WHERE { ?i a bf:Instance ; bf:title ?t . ?t bf:mainTitle ?m }";
        CliRun nt = run("sparql", "--data", data.toString(), "--format", "ntriples", construct);
        assertEquals("", nt.err());
        assertTrue(nt.out().contains("<" + iri + "> <http://id.loc.gov/ontologies/bibframe/title> _:"), nt.out());
        assertTrue(nt.out().contains("\"刘徽评传\"@zh-Hani ."), nt.out());
        CliRun ttl = run("sparql", "--data", data.toString(), "--format", "turtle", construct);
        assertEquals("", ttl.err());
        org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFParser.fromString(
                        ttl.out(), org.apache.jena.riot.Lang.TURTLE)
                .toGraph();
        assertTrue(g.size() > 0
                && g.size()
                        == org.apache.jena.riot.RDFParser.fromString(nt.out(), org.apache.jena.riot.Lang.NTRIPLES)
                                .toGraph()
                                .size());
    }

    @Test
    void searchFindsTraditionalQueriesInSimplifiedRecordsAndCheckSaysTheIndexIsInStep() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(
                0,
                run("import", input().toString(), "--source", "bnu", "--data", data.toString())
                        .code());
        CliRun search = run("search", "--data", data.toString(), "猶太學");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("1 found\n1. '90中国犹太学研究总汇"), search.out());
        assertTrue(search.out().contains("library: bnu (1)"), search.out());

        CliRun json = run("search", "--data", data.toString(), "--json", "--filter", "library:bnu", "zhongguo");
        assertTrue(json.out().contains("\"total\" : "), json.out());
        assertTrue(json.out().contains("\"libraries\" : [ \"bnu\" ]"), json.out());

        CliRun check = run("check", "--data", data.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertEquals(
                "store 10 records, index 10 records (10 documents): in step",
                check.out().strip());

        CliRun badFilter = run("search", "--data", data.toString(), "--filter", "colour:red", "x");
        assertEquals(2, badFilter.code());
        assertTrue(badFilter.err().contains("no facet 'colour'"), badFilter.err());

        // an import that skips the index leaves it behind; check says so, reindex puts it right
        Path loc = Path.of(getClass()
                .getResource("/marc2bibframe2-880-100-600-700-700t.xml")
                .toURI());
        run("import", loc.toString(), "--source", "loc", "--data", data.toString(), "--no-index");
        CliRun behind = run("check", "--data", data.toString());
        assertEquals(1, behind.code(), behind.out());
        assertTrue(behind.out().contains("missing 1, stale 0, extra 0"), behind.out());
        assertTrue(behind.out().contains("missing: loc/5287459"), behind.out());
        CliRun reindex = run("reindex", "--data", data.toString());
        assertEquals(0, reindex.code(), reindex.err());
        assertTrue(reindex.err().contains("indexed 11 records"), reindex.err());
        assertEquals(0, run("check", "--data", data.toString()).code());
        assertTrue(run("search", "--data", data.toString(), "Liu Hui").out().startsWith("1 found"));
    }
}
