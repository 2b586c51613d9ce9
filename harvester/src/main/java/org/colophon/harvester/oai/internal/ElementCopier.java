package org.colophon.harvester.oai.internal;

import java.io.ByteArrayOutputStream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies the element a reader is on, with everything inside it, out as a standalone UTF-8 XML document: every
 * namespace the copy uses is declared in it (even when the response declared it on the envelope), prefixes are
 * kept, comments and processing instructions dropped. Memory is one record.
 */
final class ElementCopier {
    private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

    private ElementCopier() {}

    /** Copies the element the reader is on; leaves the reader on its end tag. */
    static byte[] copy(XMLStreamReader r) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
        int depth = 0;
        int ev = r.getEventType();
        do {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    start(r, w);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> w.writeCharacters(r.getText());
                case XMLStreamConstants.CDATA -> w.writeCharacters(r.getText());
                default -> {}
            }
            if (depth > 0) ev = r.next();
        } while (depth > 0);
        w.flush();
        w.close();
        return bytes.toByteArray();
    }

    private static void start(XMLStreamReader r, XMLStreamWriter w) throws XMLStreamException {
        String ns = nz(r.getNamespaceURI());
        String prefix = nz(r.getPrefix());
        w.writeStartElement(prefix, r.getLocalName(), ns);
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            declare(w, nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)), true);
        }
        declare(w, prefix, ns, false);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = nz(r.getAttributeNamespace(i));
            String ap = nz(r.getAttributePrefix(i));
            if (ans.isEmpty()) {
                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            } else {
                declare(w, ap, ans, false);
                w.writeAttribute(ap, ans, r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
    }

    /** Declares prefix → ns on the current element unless the copy already binds it that way. */
    private static void declare(XMLStreamWriter w, String prefix, String ns, boolean explicit)
            throws XMLStreamException {
        NamespaceContext ctx = w.getNamespaceContext();
        String bound = ctx == null ? null : ctx.getNamespaceURI(prefix);
        if (ns.equals(nz(bound)) && !explicit) return;
        if (ns.equals(nz(bound)) && explicit && !ns.isEmpty()) return;
        if (prefix.isEmpty()) {
            if (ns.isEmpty() && (bound == null || bound.isEmpty())) return;
            w.writeDefaultNamespace(ns);
            w.setDefaultNamespace(ns);
        } else {
            if (ns.isEmpty()) return;
            w.writeNamespace(prefix, ns);
            w.setPrefix(prefix, ns);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
