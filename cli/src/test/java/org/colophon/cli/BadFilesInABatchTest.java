package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never stops a batch. The bad files are made by the test from real ones (labelled in their names):
 * Beijing Normal University's SRU response with one byte of a title replaced by 0xFD and a lone surrogate ({@code ED
 * A0 80}) put in another, this module's own SOURCES.md (not MARC at all), and pymarc's {@code bad_records.mrc} cut in
 * the middle of its fifth record and gzipped (the gzip cut short too).
 */
class BadFilesInABatchTest {
    @TempDir
    Path tmp;

    private Path invalidUtf8() throws Exception {
        byte[] b = Files.readAllBytes(ConvertCommandTest.resource("bnu-chinese-sru.xml"));
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int first = s.indexOf("code=\"a\">", s.indexOf("tag=\"245\"")) + 9;
        b[first] = (byte) 0xFD; // the first byte of a Chinese character: now a byte no UTF-8 starts with
        int later = s.indexOf("code=\"a\">", s.indexOf("tag=\"245\"", first + 500)) + 9;
        byte[] out = new byte[b.length + 3];
        System.arraycopy(b, 0, out, 0, later);
        out[later] = (byte) 0xED;
        out[later + 1] = (byte) 0xA0;
        out[later + 2] = (byte) 0x80;
        System.arraycopy(b, later, out, later + 3, b.length - later);
        Path p = tmp.resolve("derived-invalid-utf8-bnu-chinese-sru.xml");
        Files.write(p, out);
        return p;
    }

    private Path cutGzip() throws Exception {
        byte[] b = Files.readAllBytes(ConvertCommandTest.resource("bad_records.mrc"));
        int fifth = 0;
        for (int i = 0, n = 0; i < b.length; i++) {
            if (b[i] == 0x1D && ++n == 4) fifth = i + 1;
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(b);
        }
        byte[] whole = gz.toByteArray();
        // the deflate stream holds the records in order: cutting it short loses the end, keeps the start
        Path p = tmp.resolve("derived-cut-bad_records.mrc.gz");
        Files.write(p, java.util.Arrays.copyOf(whole, whole.length * (fifth + 200) / b.length));
        return p;
    }

    @Test
    void badFilesGoToTheQuarantineAndTheGoodOnesAreConverted() throws Exception {
        Path good = ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml");
        Path notMarc = ConvertCommandTest.resource("SOURCES.md");
        Path q = tmp.resolve("q");
        Path out = tmp.resolve("o.nq");
        CliRun r = CliRun.of(
                "convert",
                invalidUtf8().toString(),
                notMarc.toString(),
                cutGzip().toString(),
                good.toString(),
                "--to",
                "nquads",
                "--quarantine",
                q.toString(),
                "-o",
                out.toString());
        assertEquals(1, r.code(), r.err());
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        List<String> graphs = org.apache.jena.atlas.iterator.Iter.toList(
                org.apache.jena.atlas.iterator.Iter.map(ds.listGraphNodes(), n -> n.getURI()));
        assertTrue(
                graphs.contains("http://localhost:3030/local/5287459"), "the good file after the bad ones: " + graphs);
        // the BNU file: all 10 records read, invalid bytes read as U+FFFD
        long bnu = graphs.stream().filter(g -> !g.endsWith("/5287459")).count();
        assertTrue(bnu >= 10, graphs.toString());
        String tsv = Files.readString(q.resolve("quarantine.tsv"));
        assertTrue(tsv.contains("SOURCES.md: cannot be read as records (not ISO 2709, XML or JSON"), tsv);
        assertTrue(tsv.contains("derived-cut-bad_records.mrc.gz: reading broke off after record"), tsv);
        assertTrue(r.err().contains("converted " + graphs.size()), r.err());
        countsInvalidUtf8(r.err());
    }

    /**
     * The summary counts the bytes read as U+FFFD: at least one and at most the six bytes damaged (0xFD and the two
     * continuation bytes after it, the three bytes of the surrogate).
     */
    private static void countsInvalidUtf8(String err) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        ", invalid UTF-8 in XML (\\d+) \\(read as U\\+FFFD\\)")
                .matcher(err);
        assertTrue(m.find(), err);
        long n = Long.parseLong(m.group(1));
        assertTrue(n >= 1 && n <= 6, err);
    }

    @Test
    void importGoesOnPastABadFileToo() throws Exception {
        Path data = tmp.resolve("data");
        CliRun r = CliRun.of(
                "import",
                ConvertCommandTest.resource("SOURCES.md").toString(),
                invalidUtf8().toString(),
                ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml")
                        .toString(),
                "--source",
                "t",
                "--data",
                data.toString(),
                "--no-index");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*read \\d+, added 1[1-9],.*"), r.err());
        countsInvalidUtf8(r.err());
    }

    /** Synthetic: {@code prefix}, then {@code fill} bytes of {@code filler}, then {@code suffix}, gzipped. */
    private Path bomb(String name, byte[] prefix, byte filler, long fill, byte[] suffix) throws Exception {
        Path p = tmp.resolve(name);
        try (var z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            z.write(prefix);
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, filler);
            for (long done = 0; done < fill; done += block.length) {
                z.write(block, 0, (int) Math.min(block.length, fill - done));
            }
            z.write(suffix);
        }
        return p;
    }

    @Test
    void aGzipBombStopsAtTheCapKeepingTheRecordsBeforeIt() throws Exception {
        byte[] records = Files.readAllBytes(ConvertCommandTest.resource("bad_records.mrc"));
        // synthetic: pymarc's 8 records, then 300 MiB with no record terminator
        Path bomb = bomb("synthetic-gzip-bomb.mrc.gz", records, (byte) 'x', 300L << 20, new byte[0]);
        assertTrue(Files.size(bomb) < 2 << 20, "a small file: " + Files.size(bomb));
        Path q = tmp.resolve("q");
        Path out = tmp.resolve("o.nq");
        CliRun r = CliRun.of(
                "convert",
                bomb.toString(),
                ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml")
                        .toString(),
                "--to",
                "nquads",
                "--quarantine",
                q.toString(),
                "-o",
                out.toString());
        assertEquals(1, r.code(), r.err());
        String tsv = Files.readString(q.resolve("quarantine.tsv"));
        assertTrue(
                tsv.contains("synthetic-gzip-bomb.mrc.gz: reading broke off after record 8 (gzip expands past "), tsv);
        assertTrue(r.err().matches("(?s).*converted (8|9),.*"), r.err());
    }

    @Test
    void anXmlRecordWithAHugeTextIsStoppedAtTheRecordLimit() throws Exception {
        String xml = Files.readString(ConvertCommandTest.resource("marc2bibframe2-880-100-600-700-700t.xml"));
        String record = xml.substring(xml.indexOf("<marcxml:record"), xml.indexOf("</marcxml:record>") + 17);
        int a245 = record.indexOf("code=\"a\">", record.indexOf("tag=\"245\"")) + 9;
        // synthetic: the LoC record, then the same record again with 40 MiB in its 245 $a
        byte[] prefix = ("<collection>" + record + record.substring(0, a245)).getBytes(StandardCharsets.UTF_8);
        byte[] suffix = (record.substring(a245) + "</collection>").getBytes(StandardCharsets.UTF_8);
        Path bomb = bomb("synthetic-huge-text.xml.gz", prefix, (byte) 'a', 40L << 20, suffix);
        Path q = tmp.resolve("q");
        CliRun r = CliRun.of(
                "convert",
                bomb.toString(),
                "--quarantine",
                q.toString(),
                "-o",
                tmp.resolve("o.ttl").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("converted 1,"), r.err());
        String tsv = Files.readString(q.resolve("quarantine.tsv"));
        assertTrue(tsv.contains("synthetic-huge-text.xml.gz: XML not well-formed"), tsv);
        assertTrue(tsv.contains("record 2 and everything after it"), tsv);
    }

    @Test
    void aMarc8RecordWithABrokenEscapeNoLongerHangsTheRun() throws Exception {
        // derived: xbib's IRMARC8.bin with ESC ( B after the first ESC $ 1 turned into ESC 0x08 B, as in the issue
        byte[] b = Files.readAllBytes(ConvertCommandTest.resource("IRMARC8.bin"));
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int back = s.indexOf("\u001b(B", s.indexOf("\u001b$1"));
        b[back + 1] = 0x08;
        Path flipped = tmp.resolve("derived-flipped-escape-IRMARC8.bin");
        Files.write(flipped, b);
        CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120),
                () -> CliRun.of(
                        "convert",
                        flipped.toString(),
                        "-o",
                        tmp.resolve("o.ttl").toString()));
        assertTrue(r.err().contains("read 10, converted 10, quarantined 0, repaired "), r.err());
        assertTrue(r.err().contains("MARC-8 escapes 1"), r.err());
        assertEquals(0, r.code(), r.err());
    }
}
