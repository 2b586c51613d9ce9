package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.colophon.transform.compare.Marc2Bibframe2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon compare --marc2bibframe2} with xsltproc for real (skipped where it is not installed), over a stand-in
 * stylesheet: records read as UNIMARC are left out of the MARC 21 comparison, named and counted.
 */
class CompareCommandTest {
    @TempDir
    Path tmp;

    private static void assumeXsltproc() {
        assumeTrue(Marc2Bibframe2.xsltprocInstalled(), "xsltproc is not installed");
    }

    @Test
    void aMab2RecordIsNamedApartAndNotCountedAsUnimarc() throws Exception {
        assumeXsltproc();
        Path dir = Files.createDirectories(tmp.resolve("hbz"));
        Path mab = Files.copy(ConvertCommandTest.resource("hbz-mabxml-HT016424175.xml"), dir.resolve("mab.xml"));
        Path unimarc = Files.copy(ConvertCommandTest.resource("bncf-unimarc-utf8.mrc"), dir.resolve("unimarc.mrc"));
        Path marc21 = Files.copy(
                ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml"), dir.resolve("marc21.xml"));
        Path md = tmp.resolve("table.md");

        CliRun r = CliRun.of(
                "compare",
                "--marc2bibframe2",
                ConvertCommandTest.resource("compare/stand-in.xsl").toString(),
                "--by-folder",
                "--markdown",
                md.toString(),
                mab.toString(),
                unimarc.toString(),
                marc21.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .contains(
                                "7 records, 1 compared, LoC's converter failed on 0, 5 read as UNIMARC (not compared)"),
                r.out());
        assertTrue(r.out().contains(", 1 MAB2, not MARC 21 or UNIMARC (not compared) [HT016424175]"), r.out());
        String row = Files.readString(md)
                .lines()
                .filter(l -> l.contains("hbz"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.matches("\\| hbz \\| 1 \\| 0 \\| 5 \\|.*"), row);
    }

    @Test
    void recordsReadAsUnimarcAreLeftOutNamedAndCounted() throws Exception {
        assumeXsltproc();
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Path unimarc = Files.copy(ConvertCommandTest.resource("bncf-unimarc-utf8.mrc"), dir.resolve("unimarc.mrc"));
        Path marc21 = Files.copy(
                ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml"), dir.resolve("marc21.xml"));
        Path md = tmp.resolve("table.md");
        Path ref = tmp.resolve("ref");

        CliRun r = CliRun.of(
                "compare",
                "--marc2bibframe2",
                ConvertCommandTest.resource("compare/stand-in.xsl").toString(),
                "--by-folder",
                "--markdown",
                md.toString(),
                "--save-reference",
                ref.toString(),
                unimarc.toString(),
                marc21.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 records, 1 compared, LoC's converter failed on 0, 5 read as UNIMARC"), r.out());
        String table = Files.readString(md);
        String row = table.lines().filter(l -> l.contains("mixed")).findFirst().orElseThrow();
        // a folder outside the working directory is named by its own name, not ../../tmp/…/mixed
        assertTrue(row.matches("\\| mixed \\| 1 \\| 0 \\| 5 \\| 100\\.0 \\|.*"), table);
        assertTrue(Files.exists(ref.resolve("mixed.bf.nq")), () -> ref + " holds no mixed.bf.nq");
        // LoC's output kept record by record: the one MARC 21 record's graph, named by its record
        try (var files = Files.list(ref)) {
            Path nq = files.filter(p -> p.toString().endsWith(".bf.nq"))
                    .findFirst()
                    .orElseThrow();
            String quads = Files.readString(nq);
            assertTrue(quads.contains("#Work> <http://id.loc.gov/ontologies/bibframe/title>"), quads);
            assertEquals(
                    1,
                    quads.lines()
                            .map(l -> l.substring(l.lastIndexOf(" <")))
                            .distinct()
                            .count(),
                    quads);
        }
    }

    /**
     * marc4j's two LoC records in two copies that differ: only the copies of {@code chabon-loc.mrc} have an LCCN
     * (010). Each copy is compared with LoC's conversion of that copy: the copies without 010 are not asked for the
     * other copies' LCCNs (matched by 001 alone, they were: identifiers 50 %, two misses).
     */
    @Test
    void copiesOfARecordThatDifferAreEachComparedWithTheirOwnConversion() throws Exception {
        assumeXsltproc();
        Path dir = Files.createDirectories(tmp.resolve("copies"));
        Path plain = Files.copy(ConvertCommandTest.resource("compare/chabon.mrc"), dir.resolve("chabon.mrc"));
        Path loc = Files.copy(ConvertCommandTest.resource("compare/chabon-loc.mrc"), dir.resolve("chabon-loc.mrc"));
        Path md = tmp.resolve("table.md");
        Path misses = tmp.resolve("misses.tsv");
        Path ref = tmp.resolve("ref");

        CliRun r = CliRun.of(
                "compare",
                "--marc2bibframe2",
                ConvertCommandTest.resource("compare/stand-in.xsl").toString(),
                "--by-folder",
                "--markdown",
                md.toString(),
                "--misses",
                misses.toString(),
                "--save-reference",
                ref.toString(),
                plain.toString(),
                loc.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 records, 4 compared, LoC's converter failed on 0"), r.out());
        String row = Files.readString(md)
                .lines()
                .filter(l -> l.contains("copies"))
                .findFirst()
                .orElseThrow();
        // titles and identifiers (the two LCCNs, asked of the copies that have them) all given
        assertTrue(row.matches("\\| \\S*copies \\| 4 \\| 0 \\| 0 \\| 100\\.0 \\| 100\\.0 \\|.*"), row);
        assertEquals(List.of("record\tfamily\tpath\tvalue"), Files.readAllLines(misses));
        // LoC's output kept copy by copy: four graphs, the second copies as 001~2
        Path nq;
        try (var files = Files.list(ref)) {
            nq = files.filter(p -> p.toString().endsWith(".bf.nq")).findFirst().orElseThrow();
        }
        String quads = Files.readString(nq);
        Set<String> graphs = quads.lines()
                .map(l -> l.substring(l.lastIndexOf(" <") + 2, l.lastIndexOf('>')))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "http://example.org/11939876",
                        "http://example.org/11939876~2",
                        "http://example.org/12883376",
                        "http://example.org/12883376~2"),
                graphs);

        // the kept output read back as the reference for the same files: the copies stay apart
        Path misses2 = tmp.resolve("misses2.tsv");
        CliRun again = CliRun.of(
                "compare",
                "--reference",
                nq.toString(),
                "--misses",
                misses2.toString(),
                plain.toString(),
                loc.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("4 records compared, 0 not in the reference"), again.out());
        assertEquals(List.of("record\tfamily\tpath\tvalue"), Files.readAllLines(misses2));

        // the folder --save-reference wrote, given as the reference: its *.bf.nq read as above
        CliRun folder = CliRun.of("compare", "--reference", ref.toString(), plain.toString(), loc.toString());
        assertEquals(0, folder.code(), folder.err());
        assertTrue(folder.out().contains("4 records compared, 0 not in the reference"), folder.out());
    }

    /**
     * A folder as the reference (its {@code *.nq}, {@code *.trig} and {@code *.rdf}), here LoC's real output for an
     * Alma record whose {@code $0} are written {@code (uri) http://…}: values that are not IRIs cost only
     * themselves, counted, and the record is compared.
     */
    @Test
    void aFolderIsReadAsItsReferenceFilesAndBadIrisCostOnlyThemselves() throws Exception {
        Path ref = Files.createDirectories(tmp.resolve("reference"));
        Files.copy(ConvertCommandTest.resource("compare/uri-prefix/alma.bf.rdf"), ref.resolve("alma.bf.rdf"));
        Files.writeString(ref.resolve("notes.txt"), "not RDF: left alone");
        CliRun r = CliRun.of(
                "compare",
                "--reference",
                ref.toString(),
                ConvertCommandTest.resource("compare/uri-prefix/alma.xml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 records compared, 0 not in the reference"), r.out());
        // three values " https://portal.dnb.de/…", each named more than once
        assertTrue(
                r.out()
                        .startsWith("3 IRIs of the reference were not IRIs (e.g. $0 \"(uri) http://…\" copied), "
                                + "lost, in 1 records\n"),
                r.out());
    }

    @Test
    void aFolderWithoutReferenceFilesOrAFileOfUnknownSyntaxIsAOneLineUsageError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        String marc = ConvertCommandTest.resource("compare/uri-prefix/alma.xml").toString();
        CliRun r = CliRun.of("compare", "--reference", empty.toString(), marc);
        assertEquals(2, r.code(), r.err());
        assertEquals(
                "colophon compare: no reference files (*.nq, *.trig, *.rdf) in folder " + empty,
                r.err().strip());

        Path odd = Files.writeString(tmp.resolve("reference.out"), "");
        CliRun o = CliRun.of("compare", "--reference", odd.toString(), marc);
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("cannot tell the RDF syntax of reference " + odd), o.err());
    }

    /**
     * Datasets outside the working directory are named by their path from the folder that holds them all, never with
     * {@code ..} (the name is also the {@code --save-reference} file's, hidden if it began with a dot); inside it, by
     * their path from it.
     */
    @Test
    void datasetsAreNamedWithoutDotDot() {
        Path here = Path.of("/work/wt/h10p");
        Path unc = Path.of("/work/heldout/trln-unc");
        Path hbz = Path.of("/work/heldout/hbz-alma");
        Path samples = here.resolve("samples");
        assertEquals(
                java.util.Map.of(unc, "trln-unc", hbz, "hbz-alma", samples, "samples"),
                CompareCommand.names(List.of(unc, hbz, samples), here));
        // one dataset outside: its folder name; nested ones: their path under the common folder
        assertEquals(java.util.Map.of(unc, "trln-unc"), CompareCommand.names(List.of(unc), here));
        Path nested = Path.of("/work/heldout/trln-unc/more");
        assertEquals(
                java.util.Map.of(unc, "trln-unc", nested, "trln-unc/more"),
                CompareCommand.names(List.of(unc, nested), here));
        // the working directory itself: its folder name; names that would clash keep their absolute paths
        Path other = Path.of("/elsewhere/samples");
        assertEquals(
                java.util.Map.of(here, "h10p", samples, samples.toString(), other, other.toString()),
                CompareCommand.names(List.of(here, samples, other), here));
    }
}
