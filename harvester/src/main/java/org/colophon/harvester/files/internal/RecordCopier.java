package org.colophon.harvester.files.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Copies one {@code record} element out of a larger document as a standalone MARCXML record: the record and its
 * children in the MARC21 slim namespace (whatever prefix or namespace they had), children in other namespaces kept
 * in theirs, comments and processing instructions dropped. Serialises straight into UTF-8 bytes ({@link Utf8Out}):
 * a general XML writer, or a string encoded afterwards, costs more than the parse.
 */
final class RecordCopier {
    static final String MARC_NS = "http://www.loc.gov/MARC21/slim";
    /** MABxml's record element ({@code <datensatz typ= status= mabVersion=><feld nr= ind=>…}), copied as it is. */
    static final String MABXML_RECORD = "datensatz";
    /** The largest record copied out (a MARCXML record of the largest ISO 2709 record is well under 1 MiB). */
    static final int MAX_CHARS = 16 << 20;

    private final String recordNs;
    /** The record element's name as written out: {@code record}, or MABxml's {@code datensatz} in its own namespace. */
    private final String recordName;

    private final String[] attrNames;
    private final String[] attrValues;

    /** Remembers the record's start tag; the reader must be on it. */
    RecordCopier(XMLStreamReader r) {
        recordNs = nullToEmpty(r.getNamespaceURI());
        recordName = MABXML_RECORD.equals(r.getLocalName()) ? MABXML_RECORD : "record";
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

    /** A child that makes its record element a record: a MARC one, or MABxml's {@code feld} in a {@code datensatz}. */
    boolean isRecordChild(String local) {
        return recordName.equals(MABXML_RECORD) ? "feld".equals(local) : isMarcChild(local);
    }

    /**
     * Writes the record, starting with the child the reader is on, up to the record's end tag, into {@code out} (the
     * reader's buffer, reset here) and returns its bytes.
     */
    byte[] copyRest(XMLStreamReader r, Utf8Out out) throws XMLStreamException {
        out.reset();
        out.append('<').append(recordName).append(" xmlns=\"");
        out.append(recordName.equals(MABXML_RECORD) ? recordNs : MARC_NS).append('"');
        for (int i = 0; i < attrNames.length; i++) attribute(out, attrNames[i], attrValues[i]);
        out.append('>');
        String[] open = new String[16];
        int depth = 1;
        boolean startOpen = false;
        int ev = r.getEventType();
        while (depth > 0) {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (startOpen) out.append('>');
                    if (depth >= open.length) open = java.util.Arrays.copyOf(open, open.length * 2);
                    open[depth] = startElement(r, out);
                    depth++;
                    startOpen = true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth == 0) {
                        if (startOpen) out.append('>');
                        out.append("</").append(recordName).append('>');
                    } else if (startOpen) {
                        out.append("/>");
                    } else {
                        out.append("</").append(open[depth]).append('>');
                    }
                    startOpen = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (startOpen) out.append('>');
                    startOpen = false;
                    out.appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    if (out.chars() > MAX_CHARS) {
                        throw new XMLStreamException(
                                "record larger than " + MAX_CHARS + " characters, the limit per record",
                                r.getLocation());
                    }
                }
                default -> {}
            }
            if (depth > 0) ev = r.next();
        }
        return out.toByteArray();
    }

    /** Writes a start tag without its closing '>' and returns the qualified name for the end tag. */
    private String startElement(XMLStreamReader r, Utf8Out out) {
        String ns = nullToEmpty(r.getNamespaceURI());
        String name;
        out.append('<');
        if (ns.isEmpty() || ns.equals(recordNs) || ns.equals(MARC_NS)) {
            name = r.getLocalName();
            out.append(name);
        } else {
            String prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "x" : r.getPrefix();
            name = prefix + ":" + r.getLocalName();
            out.append(name);
            attribute(out, "xmlns:" + prefix, ns);
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = nullToEmpty(r.getAttributeNamespace(i));
            if (ans.isEmpty()) {
                attribute(out, r.getAttributeLocalName(i), r.getAttributeValue(i));
            } else {
                String p = r.getAttributePrefix(i) == null
                                || r.getAttributePrefix(i).isEmpty()
                        ? "a"
                        : r.getAttributePrefix(i);
                attribute(out, "xmlns:" + p, ans);
                attribute(out, p + ":" + r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
        return name;
    }

    private static void attribute(Utf8Out out, String name, String value) {
        out.append(' ').append(name).append("=\"").appendAttribute(value).append('"');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
