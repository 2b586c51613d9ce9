package org.colophon.harvester.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level reading of XML gives what Woodstox and the record copier give: the same records, byte for byte, with
 * the same locators, the same quarantine entries for broken XML, the same count of bytes that were not UTF-8 — over
 * the real XML files of the repository and over made-up files with each thing the byte-level reading leaves to
 * Woodstox (so that falling back, after records were already handed on, is tested too).
 */
class ByteXmlSplitterTest {
    @TempDir
    Path tmp;

    /** Every record, quarantine entry and the invalid UTF-8 count, as text, read the new way or Woodstox's only. */
    private static String read(Path file, boolean bytesFirst) throws IOException {
        StringBuilder out = new StringBuilder();
        Quarantine q = new Quarantine() {
            long n;

            @Override
            public void put(SourceRecord r, String stage, String reason) {
                n++;
                out.append("Q ")
                        .append(r.locator())
                        .append(' ')
                        .append(stage)
                        .append(' ')
                        .append(reason);
                out.append(' ').append(HexFormat.of().formatHex(r.raw())).append('\n');
            }

            @Override
            public long count() {
                return n;
            }
        };
        LongAdder invalid = new LongAdder();
        InputStream in = Inputs.open(file);
        RecordSource src = bytesFirst
                ? XmlSplitter.open(in, invalid, file, "f.xml", "s", RecordFormat.MARCXML, q)
                : new XmlSplitter(Utf8Repair.ifUtf8(in, invalid), file, "f.xml", "s", RecordFormat.MARCXML, q);
        try (src) {
            while (src.hasNext()) {
                SourceRecord r = src.next();
                out.append("R ")
                        .append(r.locator())
                        .append(' ')
                        .append(r.format())
                        .append('\n');
                out.append(new String(r.raw(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        out.append("invalid UTF-8 ").append(invalid.sum()).append('\n');
        return out.toString();
    }

    private void same(Path file) throws IOException {
        assertEquals(read(file, false), read(file, true), file.toString());
    }

    /** Whether the byte-level reading reads the whole file without handing it to Woodstox. */
    private static boolean bytesOnly(Path file) throws IOException {
        try (InputStream in = Utf8Repair.ifUtf8(Inputs.open(file))) {
            ByteXmlSplitter s = new ByteXmlSplitter(in, new Utf8Out());
            try {
                while (s.next() != null) {
                    // read on
                }
                return true;
            } catch (ByteXmlSplitter.Unusual e) {
                return false;
            }
        }
    }

    private static final Path REPO = Path.of("..");

    /** The repository's XML: the samples, the test files of the harvester and transform, the shared corpus if here. */
    private static List<Path> realXml() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(
                REPO.resolve("samples"),
                REPO.resolve("harvester/src/test/resources"),
                REPO.resolve("transform/src/test/resources"),
                REPO.resolve("../shared/corpus"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile)
                        .filter(p ->
                                p.toString().endsWith(".xml") || p.toString().endsWith(".xml.gz"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void readsTheRepositorysXmlAsWoodstoxAndTheCopierDo() throws IOException {
        List<Path> files = realXml();
        assertTrue(files.size() > 50, "found " + files.size());
        int bytesOnly = 0;
        for (Path f : files) {
            same(f);
            if (bytesOnly(f)) bytesOnly++;
        }
        // most real files are in the shape read from the bytes (else the comparison says little about that reading)
        assertTrue(bytesOnly > files.size() / 2, bytesOnly + " of " + files.size());
    }

    @Test
    void readsTheCommonShapesFromTheBytesAlone() throws IOException {
        // BNU's SRU response (CNMARC records in the nlc namespace inside SRU records), and the collection the
        // copier writes, as the benchmark reads it
        Path sru = REPO.resolve("harvester/src/test/resources/corpus/bnu-chinese-sru.xml");
        assertTrue(bytesOnly(sru));
        Path cnmarc = REPO.resolve("transform/src/test/resources/unimarc/bnu-cnmarcxml-sru.xml");
        assertTrue(bytesOnly(cnmarc));
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        copied.write("<collection>\n".getBytes(StandardCharsets.UTF_8));
        try (RecordSource src = XmlSplitter.open(
                Inputs.open(cnmarc), null, cnmarc, "c", "s", RecordFormat.UNIMARCXML, Quarantine.counting())) {
            while (src.hasNext()) {
                copied.write(src.next().raw());
                copied.write('\n');
            }
        }
        copied.write("</collection>\n".getBytes(StandardCharsets.UTF_8));
        Path collection = write("collection.xml", copied.toByteArray());
        assertTrue(bytesOnly(collection));
        same(collection);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static final String R1 = "<record><leader>00000nam a2200000 a 4500</leader>"
            + "<controlfield tag=\"001\">one</controlfield>"
            + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Title 中文</subfield></datafield>"
            + "</record>";
    private static final String R2 = "<record>\n  <leader>00000nam a2200000 a 4500</leader>\n"
            + "  <datafield tag='200' ind1='1' ind2=' '>\n    <subfield code='a'>Two \"quoted\"</subfield>\n"
            + "  </datafield>\n</record>";

    /** Made-up files: each case is read the same both ways, whether the bytes read it or Woodstox takes over. */
    private static final String[] CASES = {
        // the common shapes
        "<collection>" + R1 + R2 + "</collection>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n" + R1
                + "\n" + R2 + "\n</collection>\n",
        "\uFEFF<?xml version='1.0' encoding='utf-8' standalone='yes'?><collection>" + R1 + "</collection>",
        "<?xml version=\"1.0\" encoding=\"utf8\"?><collection>" + R1 + "</collection>",
        "<?xml version=\"1.0\"?>\n\n<collection>" + R1 + "</collection>\n\n  \n",
        "<marc:collection xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:record type=\"Bibliographic\">"
                + "<marc:leader>x</marc:leader><marc:datafield tag=\"245\" ind1=\" \" ind2=\" \">"
                + "<marc:subfield code=\"a\">t</marc:subfield></marc:datafield></marc:record></marc:collection>",
        R1,
        // envelopes: SRU, OAI-PMH with a header, a record element that is not MARC, nested records
        "<searchRetrieveResponse xmlns=\"http://www.loc.gov/zing/srw/\"><records><record><recordSchema>x"
                + "</recordSchema><recordData><record xmlns=\"http://www.nlc.cn/\"><leader>l</leader>"
                + "<controlfield tag=\"001\">1</controlfield></record></recordData></record></records>"
                + "</searchRetrieveResponse>",
        "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords><record><header><identifier>oai:1"
                + "</identifier></header><metadata><m:record xmlns:m=\"http://www.loc.gov/MARC21/slim\"><m:leader>l"
                + "</m:leader></m:record></metadata></record></ListRecords></OAI-PMH>",
        "<c><record><id>x</id><leader>l</leader><other a=\"1\">y</other></record><record><id/></record></c>",
        "<c><record a=\"1\" b='x\"y'><foo/><record><leader>l</leader></record><leader>m</leader></record></c>",
        "<c><record><leader/></record><record/><record></record></c>",
        // text and attributes the copier writes otherwise than the file has them
        "<c><record><leader>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; f>g</leader></record></c>",
        "<c><record><leader>&#x4E2D;&#20013;&#60;&#x3e;&#38;&#9;&#10;&#x1F600;&#65;</leader></record></c>",
        "<c><record><leader>l</leader><datafield tag=\"1\"><subfield code=\"a\"></subfield>"
                + "<subfield   code = \"b\"  /></datafield ></record></c>",
        "<c><record><leader>l</leader><x:extra xmlns:x=\"urn:x\" a=\"1\">e</x:extra>"
                + "<extra xmlns=\"urn:y\">f</extra><extra xmlns=\"\">g</extra></record></c>",
        "<c xmlns:x=\"urn:x\"><x:record><x:leader>l</x:leader><leader>m</leader></x:record></c>",
        // what the byte-level reading leaves to Woodstox, after a record was handed on
        "<c>" + R1 + "<!-- a comment -->" + R2 + "</c>",
        "<c>" + R1 + "<record><leader><![CDATA[a<b]]></leader></record></c>",
        "<c>" + R1 + "<?pi x?>" + R2 + "</c>",
        "<!DOCTYPE c><c>" + R1 + "</c>",
        "<c>" + R1 + "<record><leader>a\r\nb\rc</leader></record></c>",
        "<c>" + R1 + "<record><leader>&#13;</leader></record></c>",
        "<c>" + R1 + "<record><leader a=\"x&amp;y\" b=\"1\n2\">l</leader></record></c>",
        "<c>" + R1 + "<record><leader xml:lang=\"en\">l</leader></record></c>",
        "<c>" + R1 + "<record><lead\u00e9r>l</lead\u00e9r></record></c>",
        "<c>" + R1 + "<record><leader>&nbsp;</leader></record></c>",
        "<c>" + R1 + "<record><leader>a]]>b</leader></record></c>",
        // broken XML, after records were handed on: Woodstox's quarantine message and position
        "<c>" + R1 + R2 + "<record><leader>l</lead></record></c>",
        "<c>" + R1 + "\n" + R2 + "\n<record><leader>l</leader>",
        "<c>" + R1 + R2,
        "<c>" + R1 + "<record><leader a=\"1\" a=\"2\">l</leader></record></c>",
        "<c>" + R1 + "<record><leader a=\"1\"b=\"2\">l</leader></record></c>",
        "<c>" + R1 + "<record><p:leader>l</p:leader></record></c>",
        "<c>" + R1 + "<record><leader>\u0001</leader></record></c>",
        "<c>" + R1 + "<record><leader>&#1;</leader></record></c>",
        "<c>" + R1 + "<record><leader>\uFFFE</leader></record></c>",
        "<c>" + R1 + "\uFFFF" + R2 + "</c>",
        "<c>" + R1 + " ".repeat(5000) + "\uFFFE" + R2 + "</c>",
        "<c>" + R1 + " ".repeat(70_000) + "\uFFFE" + R2 + "</c>",
        "<c>" + R1 + "</c>junk",
        "<c>" + R1 + "</c><d/>",
        "<c xmlns:p=\"\">" + R1 + "</c>",
        "  <?xml version=\"1.0\"?><c>" + R1 + "</c>",
        "<?xml version=\"1.1\"?><c>" + R1 + "</c>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><c>" + R1 + "</c>",
        "text<c>" + R1 + "</c>",
        "",
        "<c>" + R1 + "<record><leader>" + "x".repeat(300_000) + "</leader></record>" + R2 + "</c>",
        "<c>" + R1 + "<" + "a".repeat(300_000) + "/>" + R2 + "</c>",
    };

    @Test
    void readsMadeUpFilesAsWoodstoxAndTheCopierDo() throws IOException {
        for (int i = 0; i < CASES.length; i++) {
            Path f = write("case" + i + ".xml", CASES[i].getBytes(StandardCharsets.UTF_8));
            same(f);
        }
    }

    @Test
    void readsBytesThatAreNotUtf8AsWoodstoxAndTheRepairDo() throws IOException {
        byte[] a = ("<c>" + R1).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, '<', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF};
        byte[] b = ("<record><leader>x</leader></record>" + R2 + "</c>").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(a);
        all.write(bad, 2, 4); // in the text between records
        all.write(b, 0, 16);
        all.write(bad, 0, 1); // in a leader
        all.write(b, 16, b.length - 16);
        Path f = write("bad.xml", all.toByteArray());
        same(f);
        assertTrue(read(f, true).contains("invalid UTF-8 5"), read(f, true));
        // a gzipped file, broken after a record: read again from its start, gunzipped again
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(("<c>" + R1 + R2 + "<record><leader>l</x></record></c>").getBytes(StandardCharsets.UTF_8));
        }
        Path g = write("broken.xml.gz", gz.toByteArray());
        same(g);
        assertTrue(read(g, true).contains("Q f.xml#3@line6 read"), read(g, true));
    }

    /** The offsets in the locators are Woodstox's: characters, an astral one as two, the byte order mark not. */
    @Test
    void locatorsCountCharactersAsWoodstoxDoes() throws IOException {
        String s = "\uFEFF<c>\uD83D\uDE00中é\n" + R1 + "\n" + R1 + "</c>";
        Path f = write("offsets.xml", s.getBytes(StandardCharsets.UTF_8));
        String read = read(f, true);
        assertTrue(read.contains("R f.xml#1@8 MARCXML"), read);
        same(f);
    }

    @Test
    void leavesAnythingUnusualToWoodstoxBeforeHandingOnARecord() throws IOException {
        ByteXmlSplitter s = new ByteXmlSplitter(
                new ByteArrayInputStream(("<c>" + R1 + "<!-- -->" + R2 + "</c>").getBytes(StandardCharsets.UTF_8)),
                new Utf8Out());
        assertNotNull(assertDoesNotThrowUnusual(s));
        assertThrows(ByteXmlSplitter.Unusual.class, s::next);
        // an invalid character just after a record: Woodstox would stop before that record, so it is not handed on
        ByteXmlSplitter t = new ByteXmlSplitter(
                new ByteArrayInputStream(("<c>" + R1 + "\uFFFE</c>").getBytes(StandardCharsets.UTF_8)), new Utf8Out());
        assertThrows(ByteXmlSplitter.Unusual.class, t::next);
    }

    private static byte[] assertDoesNotThrowUnusual(ByteXmlSplitter s) {
        try {
            return s.next();
        } catch (ByteXmlSplitter.Unusual e) {
            throw new AssertionError("left to Woodstox", e);
        }
    }
}
