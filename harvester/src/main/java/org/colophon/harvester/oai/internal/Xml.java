package org.colophon.harvester.oai.internal;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX with DTDs and external entities off, and small helpers for walking OAI-PMH responses. */
final class Xml {
    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
    static final String MARC_NS = "http://www.loc.gov/MARC21/slim";
    static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    private static final XMLInputFactory IN = org.colophon.xml.SafeXml.inputFactory();

    private Xml() {}

    static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return IN.createXMLStreamReader(in);
    }

    /** Moves to the next start element inside the current element; false at the current element's end. */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
        }
        return false;
    }

    /** Skips the element the reader is on, leaving the reader on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The text of the element the reader is on (child elements' text included), leaving it on the end tag. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    sb.append(r.getText());
                default -> {}
            }
        }
        return sb.toString().trim();
    }

    static String where(XMLStreamReader r) {
        return "line " + r.getLocation().getLineNumber() + ", column "
                + r.getLocation().getColumnNumber();
    }
}
