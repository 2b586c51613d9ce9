package org.colophon.transform.dc;

import org.colophon.record.SourceRecord;
import org.colophon.transform.dc.internal.DcXmlReader;
import org.colophon.transform.marc.MarcRecord;

/**
 * Reads one {@code oai_dc:dc} element (simple or qualified Dublin Core) into the rule engine's record model, so the
 * Dublin Core rule set maps it like any MARC record: each element in the DC or DCTERMS namespace becomes a field
 * tagged with the element's local name ({@code title}, {@code isPartOf}), its text (whitespace collapsed, Unicode
 * NFC) in subfield {@code a} and its {@code xml:lang} as the field's {@linkplain
 * org.colophon.transform.marc.Field#language() language}. A synthetic leader (type of record from {@code dc:type},
 * else {@code a}; bibliographic level {@code m}, or {@code c} for a DCMI Collection) lets leader rules run. Elements
 * of other namespaces are left out (the raw record keeps them). DTDs and external entities are never read.
 */
public final class DcDecoder {
    private DcDecoder() {}

    public static MarcRecord decode(SourceRecord r) throws DcDecodeException {
        return decode(r.raw(), r.locator());
    }

    /** Decodes the bytes; {@code where} names the record in error messages. */
    public static MarcRecord decode(byte[] raw, String where) throws DcDecodeException {
        return DcXmlReader.read(raw, where);
    }

    /** The first {@code identifier} of a decoded record, trimmed, or {@code null}. */
    public static String firstIdentifier(MarcRecord record) {
        for (var f : record.all("identifier")) {
            String a = f.first('a');
            if (a != null && !a.isBlank()) return a.strip();
        }
        return null;
    }
}
