package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a new user meets first: usage mistakes exit 2 with one line and where help is; help reads whole. */
class CommandLineTest {
    @TempDir
    Path tmp;

    static List<List<String>> usageMistakes() {
        return List.of(
                List.of(),
                List.of("nosuch"),
                List.of("convert", "--too", "x.mrc"),
                List.of("convert", "--to", "rdfxml", "x.mrc"),
                List.of("convert", "--threads", "abc", "x.mrc"),
                List.of("import", "x.mrc"),
                List.of("serve", "--port", "70000x"));
    }

    @ParameterizedTest
    @MethodSource("usageMistakes")
    void aUsageMistakeIsOneLineSayingWhereHelpIsAndExitsTwo(List<String> args) {
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("colophon"), r.err());
        assertTrue(lines.get(1).matches("see `colophon( [a-z]+)? --help`"), r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
    }

    @Test
    void aMistakeInTheInputIsOneLineAndExitsTwo() {
        for (List<String> args :
                List.of(List.of("convert", "no-such-file.mrc"), List.of("sparql", "--file", "no-such-query.rq"))) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("colophon " + args.get(0) + ": no such "), r.err());
        }
    }

    @Test
    void aSourceIdInColophonsOwnNamespaceIsRefused() {
        CliRun r = CliRun.of(
                "import", "../samples/loc-cjk-880.xml", "--source", "colophon-links", "--data", tmp.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("'colophon-' are Colophon's own"), r.err());
    }

    @Test
    void compareNeedsAReferenceOrLocsStylesheetButNotBoth() throws Exception {
        Path marc = Files.writeString(tmp.resolve("x.xml"), "<collection/>");
        Path ref = Files.writeString(tmp.resolve("ref.ttl"), "");
        for (List<String> args : List.of(
                List.of("compare", marc.toString()),
                List.of(
                        "compare",
                        marc.toString(),
                        "--reference",
                        ref.toString(),
                        "--marc2bibframe2",
                        ref.toString()))) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("give either --reference REF or --marc2bibframe2 XSL"), r.err());
        }
        CliRun r = CliRun.of(
                "compare",
                marc.toString(),
                "--marc2bibframe2",
                tmp.resolve("none.xsl").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no stylesheet at"), r.err());
    }

    @Test
    void aDataDirectoryWithNoStoreIsAMistakeAndIsNotCreated() {
        Path typo = tmp.resolve("typo");
        for (String cmd : List.of("stats", "sparql", "delete")) {
            CliRun r = cmd.equals("sparql")
                    ? CliRun.of("sparql", "--data", typo.toString(), "ASK {}")
                    : cmd.equals("delete")
                            ? CliRun.of("delete", "--data", typo.toString(), "--source", "x", "1")
                            : CliRun.of("stats", "--data", typo.toString());
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("no store in " + typo), r.err());
        }
        assertFalse(Files.exists(typo));
    }

    @Test
    void anUnknownSourceIdIsAMistakeThatNamesTheKnownOnes() throws Exception {
        Path yaml = tmp.resolve("colophon.yaml");
        Files.writeString(
                yaml,
                "data: data\nsources:\n  - id: bnu\n    url: http://127.0.0.1:9/oai\n  - id: zdb\n    url: http://127.0.0.1:9/oai\n");
        for (String cmd : List.of("reprocess", "harvest")) {
            CliRun r = CliRun.of(cmd, "--config", yaml.toString(), "nosuch");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("no source 'nosuch' in " + yaml + " (it has: bnu, zdb)"), r.err());
        }
    }

    @Test
    void theCommandListShowsEachSummaryWhole() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        // each summary is one sentence, ending with its full stop, not cut where a description line wrapped
        String joined = commands.replaceAll("\\n\\s{10,}", " ");
        for (String entry : joined.lines().skip(1).toList()) {
            assertTrue(entry.strip().endsWith("."), "summary cut short: " + entry);
        }
    }

    @Test
    void versionIsTheBuildsOwn() {
        CliRun r = CliRun.of("-V");
        assertEquals(0, r.code());
        assertTrue(r.out().strip().matches("colophon \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
    }
}
