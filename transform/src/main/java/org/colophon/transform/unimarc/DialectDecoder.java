package org.colophon.transform.unimarc;

import java.util.ArrayList;
import java.util.List;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.internal.Iso2709Decoder;
import org.colophon.transform.marc.internal.MarcXmlDecoder;
import org.colophon.transform.marc.internal.Mojibake;
import org.colophon.transform.unimarc.internal.UnimarcText;

/**
 * Decodes one MARC-family record and says which dialect it is in, per record: a file may mix MARC 21 and UNIMARC.
 * MARC 21 records are read by {@link MarcDecoder} exactly as before; a record is read as UNIMARC when its format
 * says so ({@link RecordFormat#UNIMARC}, {@link RecordFormat#UNIMARCXML}), when the run forces a UNIMARC dialect,
 * or when {@link DialectDetector} finds UNIMARC's structure in it. A UNIMARC record in ISO 2709 is read as bytes
 * first, so that its own 100 $a/26-29 can name the character set ({@link
 * org.colophon.transform.unimarc.internal.CharsetChooser}).
 */
public final class DialectDecoder {
    private DialectDecoder() {}

    /** A decoded record and its dialect. */
    public record Decoded(MarcRecord record, Dialect dialect) {}

    /**
     * Decodes a record of any MARC format.
     *
     * @param forced the dialect the run was told the records are in, or {@code null} to detect it per record
     * @throws MarcDecodeException when the bytes are not a record; the message names the locator
     */
    public static Decoded decode(SourceRecord r, Dialect forced) throws MarcDecodeException {
        if (forced == Dialect.MARC21) return new Decoded(MarcDecoder.decode(r), Dialect.MARC21);
        boolean unimarcFormat = r.format() == RecordFormat.UNIMARC || r.format() == RecordFormat.UNIMARCXML;
        Dialect profile = forced != null && forced != Dialect.UNIMARC ? forced : null;
        try {
            switch (r.format()) {
                case UNIMARC -> {
                    return iso2709(r.raw(), profile, true);
                }
                case UNIMARCXML -> {
                    return unicode(Mojibake.repair(MarcXmlDecoder.decode(r.raw())), profile);
                }
                case MARC21 -> {
                    if (forced != null || looksUnimarc(r.raw())) {
                        Decoded d = iso2709(r.raw(), profile, forced != null);
                        if (d.dialect().isUnimarc()) return d;
                    }
                    return new Decoded(MarcDecoder.decode(r), Dialect.MARC21);
                }
                default -> {
                    MarcRecord m = MarcDecoder.decode(r);
                    if (forced != null
                            || unimarcFormat
                            || DialectDetector.detect(m).isUnimarc()) return unicode(m, profile);
                    return new Decoded(m, Dialect.MARC21);
                }
            }
        } catch (MarcDecodeException e) {
            if (e.getMessage().startsWith(r.locator())) throw e;
            throw new MarcDecodeException(r.locator() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MarcDecodeException(r.locator() + ": unreadable record (" + e + ")", e);
        }
    }

    /**
     * Why a decoded record cannot be a MARC 21 or UNIMARC record of any dialect, or {@code null} when it can: it has
     * fields past 00X and not one of them has indicators and subfields, so its tags are another format's, holding bare
     * text (ruby-marc's {@code cp866_unimarc.marc}: leader/10-11 '00', the title in 021, an abstract in 100), and no
     * rule can read it whatever its dialect. MARC 21 and UNIMARC records pay a look at their first field past 00X.
     */
    public static String notMarc(MarcRecord m) {
        List<String> tags = new ArrayList<>();
        for (Field f : m.fields()) {
            if (f.tag().startsWith("00")) continue;
            if (!f.isControl()) return null;
            tags.add(f.tag());
        }
        if (tags.isEmpty()) return null;
        String shown = tags.size() <= 12
                ? String.join(", ", tags)
                : String.join(", ", tags.subList(0, 11)) + ", ... " + tags.get(tags.size() - 1);
        return "not a MARC 21 or UNIMARC record: none of its " + tags.size() + " fields past 00X (" + shown
                + ") has indicators or subfields (leader/10-11 '" + m.leaderAt(10) + m.leaderAt(11)
                + "'), so they are bare text under another format's tags and no title or other field can be read;"
                + " not converted";
    }

    /**
     * Reads ISO 2709 as UNIMARC; unless the family is forced, a record that turns out to be MARC 21 after all comes
     * back as {@link Dialect#MARC21}, for the caller to read again as MARC 21.
     */
    private static Decoded iso2709(byte[] raw, Dialect profile, boolean familyForced) throws MarcDecodeException {
        MarcRecord bytes = Iso2709Decoder.decodeBytes(raw);
        if (!familyForced && !DialectDetector.detect(bytes).isUnimarc()) return new Decoded(bytes, Dialect.MARC21);
        MarcRecord record = UnimarcText.fromBytes(bytes, profile);
        return new Decoded(record, profile != null ? profile : DialectDetector.profile(record));
    }

    private static Decoded unicode(MarcRecord m, Dialect profile) {
        Dialect d = profile != null ? profile : DialectDetector.profile(m);
        return new Decoded(UnimarcText.fromUnicode(m, d), d);
    }

    /**
     * A quick look at an ISO 2709 directory: a 200 and no 245 is worth reading as UNIMARC ({@link DialectDetector}
     * decides once the fields are read). MARC 21 records pay only this scan.
     */
    static boolean looksUnimarc(byte[] b) {
        int start = 0;
        while (start < b.length && (b[start] == '\n' || b[start] == '\r' || b[start] == ' ')) start++;
        boolean has200 = false;
        for (int p = start + 24; p + 3 <= b.length && b[p] != 0x1E; p += 12) {
            if (b[p] == '2' && b[p + 1] == '4' && b[p + 2] == '5') return false;
            if (b[p] == '2' && b[p + 1] == '0' && b[p + 2] == '0') has200 = true;
        }
        return has200;
    }
}
