package org.colophon.transform.dc.internal;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.transform.dc.DcDecodeException;
import org.colophon.transform.dc.DcElements;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.xml.SafeXml;

/**
 * StAX reader for one Dublin Core record. Each DC or DCTERMS element becomes a field: text in {@code $a}, the local
 * part of an {@code xsi:type} (encoding scheme such as {@code dcterms:URI}) in {@code $2}, {@code xml:lang} (its own
 * or inherited) as the field's language.
 */
public final class DcXmlReader {
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    private DcXmlReader() {}

    public static MarcRecord read(byte[] raw, String where) throws DcDecodeException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(raw));
            return read(r, where);
        } catch (XMLStreamException e) {
            throw notWellFormed(where, e);
        } catch (RuntimeException e) {
            // StAX implementations report some errors (an undeclared entity) lazily, wrapped in a runtime exception
            if (e.getCause() instanceof XMLStreamException x) throw notWellFormed(where, x);
            throw e;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static DcDecodeException notWellFormed(String where, XMLStreamException e) {
        String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        return new DcDecodeException(where + ": Dublin Core XML not well-formed: " + m, e);
    }

    private static MarcRecord read(XMLStreamReader r, String where) throws XMLStreamException, DcDecodeException {
        List<Field> fields = new ArrayList<>();
        Deque<String> langs = new ArrayDeque<>();
        boolean sawDc = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                langs.pop();
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (lang == null || lang.isBlank()) lang = langs.isEmpty() ? null : langs.peek();
            String ns = r.getNamespaceURI();
            if (OAI_DC.equals(ns)) sawDc = true;
            if (!DcElements.isDublinCore(ns) || !DcElements.NAMES.contains(r.getLocalName())) {
                langs.push(lang == null ? "" : lang.strip());
                continue;
            }
            sawDc = true;
            String tag = r.getLocalName();
            String scheme = scheme(r.getAttributeValue(XSI, "type"));
            String text = clean(SafeXml.text(r));
            if (!text.isEmpty()) fields.add(field(tag, text, scheme, lang));
        }
        if (!sawDc) throw new DcDecodeException(where + ": no Dublin Core element in the record", null);
        return new MarcRecord(DcLeader.of(fields), fields);
    }

    private static Field field(String tag, String text, String scheme, String lang) {
        Field f = scheme == null
                ? Field.data(tag, ' ', ' ', new char[] {'a'}, new String[] {text})
                : Field.data(tag, ' ', ' ', new char[] {'a', '2'}, new String[] {text, scheme});
        return lang == null || lang.isBlank() ? f : f.withLanguage(lang.strip());
    }

    /** {@code dcterms:URI} → {@code URI}. */
    private static String scheme(String xsiType) {
        if (xsiType == null || xsiType.isBlank()) return null;
        String t = xsiType.strip();
        return t.substring(t.indexOf(':') + 1);
    }

    /** Runs of white space (line breaks of pretty-printed XML) become one space; NFC. */
    static String clean(String s) {
        String t = s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }
}
