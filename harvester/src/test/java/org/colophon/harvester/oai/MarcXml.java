package org.colophon.harvester.oai;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The elements, attributes (in name order) and texts of one MARCXML record as a flat list, for comparing records
 * whatever their prefixes and attribute order; fails on any element outside the MARC namespace.
 */
final class MarcXml {
    private MarcXml() {}

    static List<String> fields(byte[] xml) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!"http://www.loc.gov/MARC21/slim".equals(r.getNamespaceURI())) {
                    throw new AssertionError("element outside the MARC namespace: " + r.getName());
                }
                java.util.TreeMap<String, String> attrs = new java.util.TreeMap<>();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                }
                out.add(r.getLocalName() + " " + attrs);
                text.setLength(0);
            } else if (ev == XMLStreamConstants.CHARACTERS) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (!text.toString().isBlank()) out.add("= " + text);
                text.setLength(0);
            }
        }
        return out;
    }
}
