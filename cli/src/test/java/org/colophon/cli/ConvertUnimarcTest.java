package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} names a MARC dialect or lets each record say which it is in; the run says what it found. */
class ConvertUnimarcTest {
    @TempDir
    Path tmp;

    @Test
    void eachRecordsDialectIsDetectedAndTheRunAndTheCoverageSaySo() throws Exception {
        Path coverage = tmp.resolve("coverage.tsv");
        CliRun r = CliRun.of(
                "convert",
                ConvertCommandTest.resource("bncf-unimarc-utf8.mrc").toString(),
                ConvertCommandTest.resource("bnu-cnmarcxml-sru.xml").toString(),
                ConvertCommandTest.resource("bad_records.mrc").toString(),
                "--coverage",
                coverage.toString(),
                "-o",
                tmp.resolve("out.ttl").toString());
        assertTrue(r.err().contains("dialects: marc21 8, unimarc 5, cnmarc 6 (detected per record)"), r.err());
        // the run names, per rule set, what had data that no rule read and the rules do not list as dropped
        assertTrue(r.err().contains("\ncoverage marc21: "), r.err());
        assertTrue(r.err().contains("\ncoverage unimarc: "), r.err());
        String tsv = Files.readString(coverage);
        assertTrue(tsv.contains("\ndialect=cnmarc\t6\t6\t100\t\n"), tsv);
        assertTrue(tsv.contains("\ndialect=unimarc\t5\t5\t100\t\n"), tsv);
        assertTrue(tsv.contains("\n200$a\t11\t11\t100\t\n"), tsv);
    }

    @Test
    void aMab2RecordIsQuarantinedNamedAndCountedAndTheBatchGoesOn() throws Exception {
        Path coverage = tmp.resolve("coverage.tsv");
        CliRun r = CliRun.of(
                "convert",
                ConvertCommandTest.resource("bncf-unimarc-utf8.mrc").toString(),
                ConvertCommandTest.resource("hbz-mabxml-HT016424175.xml").toString(),
                "--coverage",
                coverage.toString(),
                "-o",
                tmp.resolve("out.ttl").toString());
        assertEquals(ExitCode.QUARANTINED, r.code(), r.err());
        assertTrue(r.err().contains("read 6, converted 5, quarantined 1"), r.err());
        assertTrue(r.err().contains("dialects: unimarc 5, mab2 1 (detected per record)"), r.err());
        assertTrue(
                r.err()
                        .contains("hbz-mabxml-HT016424175.xml#1@397 (record HT016424175): MAB2 record: not MARC 21 or"
                                + " UNIMARC"),
                r.err());
        assertTrue(
                Files.readString(coverage)
                        .contains(
                                "\ndialect=mab2\t1\t0\t0\tquarantined: not MARC 21 or UNIMARC, no rule set reads it\n"),
                Files.readString(coverage));
        // forced to a dialect, it is quarantined all the same, and the line says MAB2 was told apart
        CliRun forced = CliRun.of(
                "convert",
                ConvertCommandTest.resource("hbz-mabxml-HT016424175.xml").toString(),
                "--format",
                "unimarc",
                "-o",
                tmp.resolve("forced.ttl").toString());
        assertEquals(ExitCode.QUARANTINED, forced.code(), forced.err());
        assertTrue(forced.err().contains("dialects: mab2 1 (forced; MAB2 told by its own structure)"), forced.err());
    }

    @Test
    void forcingMarc21ReadsUnimarcAsMarc21WithItsMarc21Meanings() throws Exception {
        CliRun r = CliRun.of(
                "convert",
                ConvertCommandTest.resource("bncf-unimarc-utf8.mrc").toString(),
                "--format",
                "marc21",
                "-o",
                tmp.resolve("out.ttl").toString());
        // what Colophon did with every UNIMARC record before: 210 (publication in UNIMARC) read as MARC 21's
        // abbreviated title, the real title in 200 never read
        assertTrue(r.err().contains("read 5, converted 5"), r.err());
        assertTrue(!r.err().contains("dialects:"), r.err());
        String ttl = Files.readString(tmp.resolve("out.ttl"));
        assertTrue(!ttl.contains("Stato innovatore") && ttl.contains("bf:AbbreviatedTitle"), ttl);
    }

    @Test
    void forcingCnmarcLabelsEveryRecordCnmarc() throws Exception {
        CliRun r = CliRun.of(
                "convert",
                ConvertCommandTest.resource("bncf-unimarc-utf8.mrc").toString(),
                "--format",
                "cnmarc",
                "-o",
                tmp.resolve("out.ttl").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("dialects: cnmarc 5 (forced)"), r.err());
    }

    @Test
    void importTakesTheSameFormatOption() throws Exception {
        CliRun r = CliRun.of(
                "import",
                ConvertCommandTest.resource("bnu-cnmarcxml-sru.xml").toString(),
                "--format",
                "unimarc",
                "--source",
                "bnu",
                "--data",
                tmp.resolve("data").toString(),
                "--no-index");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("added 6"), r.err());
    }
}
