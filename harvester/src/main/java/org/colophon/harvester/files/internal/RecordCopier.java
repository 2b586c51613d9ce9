package org.colophon.harvester.files.internal;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies one {@code record} element out of a larger document as a standalone MARCXML record: the record and its
 * children in the MARC21 slim namespace (whatever prefix or namespace they had), children in other namespaces kept
 * in theirs, comments and processing instructions dropped.
 */
final class RecordCopier {
    static final String MARC_NS = "http://www.loc.gov/MARC21/slim";
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

    private final String recordNs;
    private final String[] attrNames;
    private final String[] attrValues;

    /** Remembers the record's start tag; the reader must be on it. */
    RecordCopier(XMLStreamReader r) {
        recordNs = nullToEmpty(r.getNamespaceURI());
        int n = r.getAttributeCount();
        attrNames = new String[n];
        attrValues = new String[n];
        for (int i = 0; i < n; i++) {
            attrNames[i] = r.getAttributeLocalName(i);
            attrValues[i] = r.getAttributeValue(i);
        }
    }

    static boolean isMarcChild(String local) {
        return "leader".equals(local) || "controlfield".equals(local) || "datafield".equals(local);
    }

    /** Writes the record, starting with the child the reader is on, up to the record's end tag. */
    byte[] copyRest(XMLStreamReader r) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
        w.setDefaultNamespace(MARC_NS);
        w.writeStartElement("", "record", MARC_NS);
        w.writeDefaultNamespace(MARC_NS);
        for (int i = 0; i < attrNames.length; i++) w.writeAttribute(attrNames[i], attrValues[i]);
        int depth = 1;
        int ev = r.getEventType();
        while (depth > 0) {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    startElement(r, w);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    w.writeCharacters(r.getText());
                default -> {}
            }
            if (depth > 0) ev = r.next();
        }
        w.flush();
        w.close();
        return bytes.toByteArray();
    }

    private void startElement(XMLStreamReader r, XMLStreamWriter w) throws XMLStreamException {
        String ns = nullToEmpty(r.getNamespaceURI());
        if (ns.isEmpty() || ns.equals(recordNs) || ns.equals(MARC_NS)) {
            w.writeStartElement("", r.getLocalName(), MARC_NS);
        } else {
            String prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "x" : r.getPrefix();
            w.writeStartElement(prefix, r.getLocalName(), ns);
            w.writeNamespace(prefix, ns);
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = nullToEmpty(r.getAttributeNamespace(i));
            if (ans.isEmpty()) {
                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            } else {
                String p = r.getAttributePrefix(i) == null
                                || r.getAttributePrefix(i).isEmpty()
                        ? "a"
                        : r.getAttributePrefix(i);
                w.writeNamespace(p, ans);
                w.writeAttribute(p, ans, r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
