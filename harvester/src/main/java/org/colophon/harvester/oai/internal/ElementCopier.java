package org.colophon.harvester.oai.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
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
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        int ev = r.getEventType();
        do {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    scopes.push(new HashMap<>(4));
                    start(r, w, scopes);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    scopes.pop();
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                    w.writeCharacters(r.getText());
                default -> {}
            }
            if (!scopes.isEmpty()) ev = r.next();
        } while (!scopes.isEmpty());
        w.flush();
        w.close();
        return bytes.toByteArray();
    }

    private static void start(XMLStreamReader r, XMLStreamWriter w, Deque<Map<String, String>> scopes)
            throws XMLStreamException {
        String ns = nz(r.getNamespaceURI());
        String prefix = nz(r.getPrefix());
        w.writeStartElement(prefix, r.getLocalName(), ns);
        declare(w, scopes, prefix, ns);
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            declare(w, scopes, nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)));
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = nz(r.getAttributeNamespace(i));
            if (ans.isEmpty()) {
                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            } else {
                String ap = nz(r.getAttributePrefix(i));
                declare(w, scopes, ap, ans);
                w.writeAttribute(ap, ans, r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
    }

    /** Declares prefix to ns on the current element unless the copy already binds it so. */
    private static void declare(XMLStreamWriter w, Deque<Map<String, String>> scopes, String prefix, String ns)
            throws XMLStreamException {
        String bound = "";
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                bound = scope.get(prefix);
                break;
            }
        }
        if (bound.equals(ns) || (!prefix.isEmpty() && ns.isEmpty())) return;
        if (prefix.isEmpty()) w.writeDefaultNamespace(ns);
        else w.writeNamespace(prefix, ns);
        scopes.peek().put(prefix, ns);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
