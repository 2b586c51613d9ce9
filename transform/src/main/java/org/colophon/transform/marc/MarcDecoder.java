package org.colophon.transform.marc;

import org.colophon.record.SourceRecord;
import org.colophon.transform.marc.internal.Iso2709Decoder;
import org.colophon.transform.marc.internal.MarcJsonDecoder;
import org.colophon.transform.marc.internal.MarcXmlDecoder;
import org.colophon.transform.marc.internal.Mojibake;

/**
 * Decodes the raw bytes of one {@link SourceRecord} into a {@link MarcRecord}, whatever its MARC 21 serialisation.
 * Damaged records are repaired where the damage can be seen (wrong lengths, a directory out of step with the data,
 * a mislabelled character set, double-encoded UTF-8), and {@link MarcRecord#repairs()} says what was repaired; only
 * bytes that are not a record at all, or whose fields cannot be told apart, are rejected. All text comes out Unicode
 * NFC.
 */
public final class MarcDecoder {
    private MarcDecoder() {}

    /**
     * Decodes one record.
     *
     * @throws MarcDecodeException when the bytes are not a MARC record; the message names the locator and, where
     *     known, the byte offset or tag at fault
     */
    public static MarcRecord decode(SourceRecord r) throws MarcDecodeException {
        try {
            return switch (r.format()) {
                // ISO 2709 looks for double encoding itself, only in records it reads as UTF-8
                case MARC21 -> Iso2709Decoder.decode(r.raw());
                case MARCXML -> Mojibake.repair(MarcXmlDecoder.decode(r.raw()));
                case MARC_JSON -> Mojibake.repair(MarcJsonDecoder.decode(r.raw()));
                default -> throw new MarcDecodeException("format " + r.format() + " is not MARC 21");
            };
        } catch (MarcDecodeException e) {
            throw new MarcDecodeException(r.locator() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MarcDecodeException(r.locator() + ": unreadable record (" + e + ")", e);
        }
    }
}
