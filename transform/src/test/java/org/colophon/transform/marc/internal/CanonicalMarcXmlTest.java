package org.colophon.transform.marc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/** The fast MARCXML path reads exactly what the XML parser reads, and steps aside for anything unusual. */
class CanonicalMarcXmlTest {

    @Test
    void everyMarcRecordTheSplitterWritesTakesTheFastPathAndReadsAsStaxDoes() throws Exception {
        int records = 0;
        int cnmarc = 0;
        try (Stream<Path> files = Stream.concat(
                Stream.concat(Files.list(TestRecords.resource("marc")), Files.list(TestRecords.resource("unimarc"))),
                Files.list(TestRecords.resource("bibframe-reference")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                try (RecordSource src = FileRecordReader.open(f, "t", null, Quarantine.counting())) {
                    while (src.hasNext()) {
                        SourceRecord r = src.next();
                        if (new String(r.raw(), StandardCharsets.UTF_8).startsWith("<datensatz ")) {
                            // MABxml's own form, copied as it is (MAB2, not MARC): the XML parser reads it
                            assertNull(CanonicalMarcXml.decode(r.raw()), r.locator());
                            continue;
                        }
                        MarcRecord fast = CanonicalMarcXml.decode(r.raw());
                        assertNotNull(fast, r.locator() + " did not take the fast path");
                        MarcRecord stax = MarcXmlDecoder.decodeWithStax(r.raw());
                        assertEquals(stax.leader(), fast.leader(), r.locator());
                        assertEquals(stax.fields().toString(), fast.fields().toString(), r.locator());
                        records++;
                        if (f.getFileName().toString().startsWith("bnu-cnmarc")) cnmarc++;
                    }
                }
            }
        }
        assertEquals(true, records > 400, "records compared: " + records);
        assertEquals(true, cnmarc > 0, "CNMARC records compared: " + cnmarc);
    }

    @Test
    void shapesOutsideTheCanonicalOneFallBackToTheXmlParser() {
        String prefixed =
                "<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:leader>00000nam a2200000 a 4500</marc:leader></marc:record>";
        String withComment =
                "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><!-- x --><leader>00000nam a2200000 a 4500</leader></record>";
        String namedEntity =
                "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><controlfield tag=\"001\">&nbsp;</controlfield></record>";
        String declaration = "<?xml version=\"1.0\"?><record xmlns=\"http://www.loc.gov/MARC21/slim\"></record>";
        for (String s : new String[] {prefixed, withComment, namedEntity, declaration}) {
            assertNull(CanonicalMarcXml.decode(s.getBytes(StandardCharsets.UTF_8)), s);
        }
    }

    @Test
    void characterReferencesAndEmptyElementsReadAsTheParserReadsThem() throws Exception {
        String xml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\">\n <leader>00000nam a2200000 a 4500</leader>"
                + "<controlfield tag=\"001\">a&amp;b&#13;</controlfield>"
                + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">&lt;红楼梦&gt; &quot;x&quot; &#x41;</subfield><subfield code=\"b\"/></datafield>"
                + "<datafield tag=\"500\" ind1=\" \" ind2=\" \"/>"
                + "<datafield tag=\" 6&#x35;0\" ind1=\"&#x31;\" ind2=\"é\"><subfield code=\"&#97;\">x</subfield>"
                + "<subfield code=\"\">y</subfield><subfield code=\"中\">z</subfield></datafield>"
                + "<datafield tag=\"\" ind1=\"\"><subfield code=\"b\">w</subfield></datafield></record>";
        byte[] raw = xml.getBytes(StandardCharsets.UTF_8);
        MarcRecord fast = CanonicalMarcXml.decode(raw);
        assertNotNull(fast);
        assertEquals(
                MarcXmlDecoder.decodeWithStax(raw).fields().toString(),
                fast.fields().toString());
    }
}
