package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.record.RecordFormat;
import org.junit.jupiter.api.Test;

class RecordsBodyTest {

    private static List<HarvestedRecord> read(String xml) throws Exception {
        List<HarvestedRecord> out = new ArrayList<>();
        OaiResponseParser.parse(
                new CleaningReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                new RecordsBody(out::add));
        return out;
    }

    @Test
    void defaultNamespaceMarcRecordKeepsItsNamespaceWhenCopiedOut() throws Exception {
        List<HarvestedRecord> rs = read(
                """
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header>
                <identifier>oai:x:1</identifier><datestamp>2020-01-01</datestamp></header><metadata>
                <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>
                <datafield tag="245" ind1="0" ind2="0"><subfield code="a">T</subfield></datafield></record>
                </metadata></record></ListRecords></OAI-PMH>""");
        assertEquals(RecordFormat.MARCXML, rs.get(0).format());
        String xml = new String(rs.get(0).payload(), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"), xml);
    }

    @Test
    void prefixedDublinCoreDeclaresEveryNamespaceItUses() throws Exception {
        List<HarvestedRecord> rs = read(
                """
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <GetRecord><record><header><identifier>oai:x:2</identifier></header><metadata>
                <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                  xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ x.xsd"><dc:title>T</dc:title></oai_dc:dc>
                </metadata></record></GetRecord></OAI-PMH>""");
        assertEquals(RecordFormat.DUBLIN_CORE, rs.get(0).format());
        String xml = new String(rs.get(0).payload(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), xml);
        assertTrue(xml.contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""), xml);
    }

    @Test
    void recordsAreKeptAsTheSourceWroteThemWithOutsideNamespacesDeclaredOnTheirRoot() throws Exception {
        String first = "<marc:record type=\"Bibliographic\">\n  <marc:leader>00000nam a2200000 a 4500</marc:leader>"
                + "<!-- kept --><marc:datafield tag=\"245\" ind1=\"0\" ind2=\"0\">"
                + "<marc:subfield code=\"a\">九章算术 &amp; 刘徽 &lt;注&gt; \uD840\uDC0B</marc:subfield>"
                + "</marc:datafield  ></marc:record>";
        String second = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>x</leader></record>";
        List<HarvestedRecord> rs = read("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
                + "xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><ListRecords>"
                + "<record><header><identifier>oai:x:1</identifier></header><metadata>" + first
                + "</metadata></record>"
                + "<record><header><identifier>oai:x:2</identifier></header><metadata>\n" + second
                + "\n</metadata></record></ListRecords></OAI-PMH>");
        assertEquals(2, rs.size());
        assertEquals(
                first.replace("<marc:record ", "<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\" "),
                new String(rs.get(0).payload(), StandardCharsets.UTF_8));
        assertEquals(second, new String(rs.get(1).payload(), StandardCharsets.UTF_8));
        assertEquals(RecordFormat.MARCXML, rs.get(0).format());
    }

    @Test
    void anEmptyRecordElementIsStillCopiedOut() throws Exception {
        List<HarvestedRecord> rs = read("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>"
                + "<record><header><identifier>oai:x:3</identifier></header><metadata>"
                + "<record xmlns=\"http://www.loc.gov/MARC21/slim\" a=\"x>y\"/></metadata></record>"
                + "</ListRecords></OAI-PMH>");
        String xml = new String(rs.get(0).payload(), StandardCharsets.UTF_8);
        assertEquals("<record xmlns=\"http://www.loc.gov/MARC21/slim\" a=\"x>y\"/>", xml);
    }
}
