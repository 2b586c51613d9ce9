package org.colophon.transform.unimarc.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.colophon.transform.marc.internal.MarcText;
import org.colophon.transform.marc.internal.Mojibake;
import org.colophon.transform.unimarc.Dialect;

/**
 * Makes clean Unicode of a UNIMARC record: decodes values read as bytes in the character set {@link
 * CharsetChooser} picks, drops the non-sorting markers (NSB/NSE, {@code U+0088}/{@code U+0089} and
 * {@code U+0098}/{@code U+009C}, around {@code L'} in {@code L'altra faccia}) and the controls XML cannot carry,
 * normalises to NFC, repairs double-encoded UTF-8, writes 4XX links with embedded fields in standard subfields
 * ({@link Embedded}), decodes MARC-8 Chinese characters left in UTF-8 text ({@link EaccRemnants}), tags 5XX titles
 * with the language their {@code $z} names, and pairs CNMARC pinyin with the Chinese it romanizes.
 */
public final class UnimarcText {
    private UnimarcText() {}

    /** A record read by {@code Iso2709Decoder.decodeBytes}: every value still one character per byte. */
    public static MarcRecord fromBytes(MarcRecord bytes, Dialect forcedProfile) {
        Dialect profile =
                forcedProfile != null ? forcedProfile : org.colophon.transform.unimarc.DialectDetector.profile(bytes);
        Field f100 = bytes.first("100");
        UnimarcCharset declared = f100 == null ? null : UnimarcCharset.declared(f100.first('a'));
        StringBuilder all = new StringBuilder();
        for (Field f : bytes.fields()) {
            if (f.isControl()) all.append(f.data());
            else for (int i = 0; i < f.size(); i++) all.append(f.value(i));
        }
        CharsetChooser.Choice choice = CharsetChooser.choose(CharsetChooser.bytesOf(all), declared, profile);
        Set<Repair> repairs = EnumSet.noneOf(Repair.class);
        repairs.addAll(bytes.repairs());
        if (choice.relabelled()) repairs.add(Repair.CHARSET_LABEL);
        UnimarcCharset cs = choice.charset();
        List<Field> fields = new ArrayList<>(bytes.fields().size());
        for (Field f : bytes.fields()) fields.add(map(f, cs));
        MarcRecord decoded = new MarcRecord(bytes.leader(), fields, repairs);
        if (cs == UnimarcCharset.UTF8) decoded = EaccRemnants.repair(Mojibake.repair(decoded));
        return finish(decoded, profile);
    }

    /** A record already in Unicode (XML, JSON): markers dropped, pinyin paired. */
    public static MarcRecord fromUnicode(MarcRecord record, Dialect profile) {
        List<Field> fields = new ArrayList<>(record.fields().size());
        boolean changed = false;
        for (Field f : record.fields()) {
            Field g = map(f, null);
            changed |= g != f;
            fields.add(g);
        }
        MarcRecord r = changed ? new MarcRecord(record.leader(), fields, record.repairs()) : record;
        return finish(EaccRemnants.repair(r), profile);
    }

    private static MarcRecord finish(MarcRecord r, Dialect profile) {
        List<Field> fields = r.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (!Embedded.applies(fields.get(i))) continue;
            if (fields == r.fields()) fields = new ArrayList<>(fields);
            fields.set(i, Embedded.flatten(fields.get(i)));
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String language = titleLanguage(f);
            if (language == null) continue;
            if (fields == r.fields()) fields = new ArrayList<>(fields);
            fields.set(i, f.withLanguage(language));
        }
        List<Field> paired = Pinyin.pair(fields, profile == Dialect.CNMARC);
        return paired == r.fields() ? r : new MarcRecord(r.leader(), paired, r.repairs());
    }

    /**
     * The language a title field of the 5XX block (510 parallel title, 512-517, 541) names in {@code $z}, its literals
     * to be tagged with ({@code "Nature"@en}), as a Dublin Core element's are with its {@code xml:lang}; null when it
     * names none. Taiwan's CMARC ends the field with ISBD's period, so {@code $z eng.} is {@code eng}.
     */
    static String titleLanguage(Field f) {
        if (f.isControl() || f.language() != null || f.tag().charAt(0) != '5') return null;
        String z = f.first('z');
        if (z == null) return null;
        z = z.strip();
        if (z.length() == 4 && z.charAt(3) == '.') z = z.substring(0, 3);
        if (z.length() != 3 || !Character.isLetter(z.charAt(0))) return null;
        return Pinyin.hasCjk(f.first('a') == null ? "" : f.first('a')) ? null : z;
    }

    /** The field with its values decoded ({@code cs} not null) and cleaned; the same field when nothing changed. */
    private static Field map(Field f, UnimarcCharset cs) {
        if (f.isControl()) {
            String d = text(f.data(), cs);
            return d.equals(f.data()) ? f : Field.control(f.tag(), d);
        }
        String[] values = null;
        for (int i = 0; i < f.size(); i++) {
            String v = f.value(i);
            String t = text(v, cs);
            if (!t.equals(v)) {
                if (values == null) {
                    values = new String[f.size()];
                    for (int k = 0; k < f.size(); k++) values[k] = f.value(k);
                }
                values[i] = t;
            }
        }
        if (values == null) return f;
        char[] codes = new char[f.size()];
        for (int i = 0; i < codes.length; i++) codes[i] = f.code(i);
        return Field.data(f.tag(), f.ind1(), f.ind2(), codes, values);
    }

    /**
     * A value decoded from bytes ({@code cs} not null) and cleaned, or a value already in Unicode (read from XML or
     * JSON, so already NFC and without controls) with only the non-sorting markers taken out.
     */
    static String text(String v, UnimarcCharset cs) {
        String s = cs == null ? v : cs.decode(v);
        boolean plain = true;
        boolean markers = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                plain = false;
                if (c == '\u0088' || c == '\u0089' || c == '\u0098' || c == '\u009C') markers = true;
            }
        }
        if (plain || cs == null && !markers) return s;
        if (markers) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\u0088' && c != '\u0089' && c != '\u0098' && c != '\u009C') sb.append(c);
            }
            s = sb.toString();
        }
        return cs == null ? s : MarcText.clean(s); // NFC, XML-illegal controls out
    }
}
