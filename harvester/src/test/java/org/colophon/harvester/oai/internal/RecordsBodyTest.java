package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.record.RecordFormat;
import org.junit.jupiter.api.Test;

class RecordsBodyTest {

    private static List<HarvestedRecord> read(String xml) throws Exception {
        List<HarvestedRecord> out = new ArrayList<>();
        OaiResponseParser.parse(new StringReader(xml), new RecordsBody(out::add));
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
}
