package org.colophon.transform.marc.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.xml.SafeXml;

/**
 * Reads the first MARCXML {@code record} in the bytes, in any namespace or none. Elements are known by local name;
 * missing indicators read as blank, a control field without a tag gets {@code ???}, any element with a
 * {@code code} attribute inside a data field is a subfield (so {@code <subfields code="a">} is read too). MABxml's
 * own form ({@code datensatz}, {@code feld}) is read too, for the dialect detector to tell it MAB2.
 */
public final class MarcXmlDecoder {
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private MarcXmlDecoder() {}

    public static MarcRecord decode(byte[] raw) throws MarcDecodeException {
        MarcRecord fast = CanonicalMarcXml.decode(raw);
        if (fast != null) return fast;
        return decodeWithStax(raw);
    }

    /** The full XML parser's reading, for every shape; also what the fast path is tested against. */
    public static MarcRecord decodeWithStax(byte[] raw) throws MarcDecodeException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(raw));
            return read(r);
        } catch (XMLStreamException e) {
            throw new MarcDecodeException("MARCXML not well-formed: " + e.getMessage(), e);
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

    private static MarcRecord read(XMLStreamReader r) throws XMLStreamException, MarcDecodeException {
        String leader = null;
        List<Field> fields = new ArrayList<>();
        FieldBuilder fb = new FieldBuilder();
        boolean inRecord = false;
        boolean sawAny = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (inRecord && ("record".equals(r.getLocalName()) || "datensatz".equals(r.getLocalName()))) break;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            switch (r.getLocalName()) {
                case "record" -> inRecord = true;
                case "datensatz" -> {
                    leader = mabLeader(r);
                    inRecord = true;
                }
                case "feld" -> {
                    fields.add(feld(r, fb));
                    sawAny = inRecord = true;
                }
                case "leader" -> {
                    leader = MarcText.leader(SafeXml.text(r));
                    sawAny = inRecord = true;
                }
                case "controlfield" -> {
                    String tag = tag(r.getAttributeValue(null, "tag"));
                    fields.add(Field.control(tag, MarcText.clean(SafeXml.text(r))));
                    sawAny = inRecord = true;
                }
                case "datafield" -> {
                    fields.add(datafield(r, fb));
                    sawAny = inRecord = true;
                }
                default -> {}
            }
        }
        if (!sawAny) throw new MarcDecodeException("no MARCXML record, leader or field in the bytes");
        return new MarcRecord(leader != null ? leader : MarcText.defaultLeader(), fields);
    }

    private static Field datafield(XMLStreamReader r, FieldBuilder fb) throws XMLStreamException {
        fb.start(
                tag(r.getAttributeValue(null, "tag")),
                FieldBuilder.indicator(r.getAttributeValue(null, "ind1")),
                FieldBuilder.indicator(r.getAttributeValue(null, "ind2")));
        subfields(r, fb, null);
        return fb.build();
    }

    /**
     * Reads a field's subfields (the elements with a {@code code}) up to the field's end; text at the field's own
     * level goes to {@code text} when one is given (MABxml), else it is passed over (MARCXML's whitespace).
     */
    private static void subfields(XMLStreamReader r, FieldBuilder fb, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String code = r.getAttributeValue(null, "code");
                if (code != null) {
                    char c = code.isEmpty() ? '?' : FieldBuilder.code(code.charAt(0));
                    fb.add(c, MarcText.clean(SafeXml.text(r)));
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (text != null
                    && depth == 1
                    && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                text.append(r.getText());
            }
        }
    }

    /**
     * MABxml's record ({@code <datensatz typ="h" status="n" mabVersion="M2.0">}) names in its attributes what MAB2's
     * leader (Satzkennung) holds: the status at 05, MAB's version at 06-09, the record type at 23; indicator length
     * 1 and subfield code length 2 at 10-11, as MAB2 has them, and dashes where the record's length and base address
     * would be ({@code -----nM2.012-----------h}, as hbz's Aleph writes a MAB2 leader). The dialect detector tells
     * MAB2 by it.
     */
    private static String mabLeader(XMLStreamReader r) {
        return "-----" + pad(r.getAttributeValue(null, "status"), 1) + pad(r.getAttributeValue(null, "mabVersion"), 4)
                + "12" + "-----" + "------" + pad(r.getAttributeValue(null, "typ"), 1);
    }

    private static String pad(String v, int n) {
        StringBuilder sb = new StringBuilder(n);
        if (v != null) sb.append(v.strip(), 0, Math.min(n, v.strip().length()));
        while (sb.length() < n) sb.append('-');
        return sb.toString();
    }

    /**
     * A MABxml field, {@code <feld nr="331" ind="a">text</feld>} or with subfields {@code <uf code="u">}: tag from
     * {@code nr}, MAB's one indicator from {@code ind} (the second blank); text outside any subfield is {@code $a},
     * as hbz's Aleph writes MAB2 fields without subfields in MABxml ({@code 001 $a HT016424175}).
     */
    private static Field feld(XMLStreamReader r, FieldBuilder fb) throws XMLStreamException {
        fb.start(tag(r.getAttributeValue(null, "nr")), FieldBuilder.indicator(r.getAttributeValue(null, "ind")), ' ');
        StringBuilder text = new StringBuilder();
        subfields(r, fb, text);
        if (!text.toString().isBlank())
            fb.add('a', MarcText.clean(text.toString().strip()));
        return fb.build();
    }

    private static String tag(String t) {
        if (t == null) return "???";
        t = t.strip();
        return t.isEmpty() ? "???" : t;
    }
}
