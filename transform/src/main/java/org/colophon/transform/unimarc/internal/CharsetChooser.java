package org.colophon.transform.unimarc.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.colophon.transform.unimarc.Dialect;

/**
 * Chooses the character set of one UNIMARC record from its bytes and its declaration (100 $a/26-29), the way MARC-8
 * labels are checked for MARC 21: the bytes win. Bytes that all form UTF-8 sequences are UTF-8, whatever the record
 * says; otherwise the declared set is kept when the bytes fit it, and when they do not (or nothing is declared) the
 * set is told from the bytes: GB 18030 for a CNMARC record, a Cyrillic code page when the high bytes read as
 * mostly lower-case Cyrillic letters in it (CP866, KOI8-R and Windows-1251 put those at different bytes), ISO 6937
 * when its cedilla or its own letters show ({@link #looksIso6937}), else ISO 5426.
 */
public final class CharsetChooser {
    private CharsetChooser() {}

    /** The set chosen, and whether the record declared another one (a repaired declaration). */
    public record Choice(UnimarcCharset charset, boolean relabelled) {}

    /**
     * @param bytes every value of the record, one character per byte
     * @param declared what 100 $a/26-29 declares, or {@code null}
     */
    public static Choice choose(byte[] bytes, UnimarcCharset declared, Dialect profile) {
        int high = 0;
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            high++;
            int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n > 0 && continues(bytes, i + 1, i + n)) {
                valid++;
                i += n;
            } else {
                invalid++;
                i++;
            }
        }
        if (high == 0) return new Choice(UnimarcCharset.ASCII, false);
        if (valid > 0 && invalid == 0) return choice(UnimarcCharset.UTF8, declared);
        UnimarcCharset cyrillic = bestCyrillic(bytes, high);
        if (declared != null && declared != UnimarcCharset.UTF8 && declared != UnimarcCharset.ASCII) {
            boolean fits =
                    switch (declared) {
                        case GB18030 -> UnimarcCharset.strictGb18030(bytes);
                        case CP866, KOI8R, CP1251 -> cyrillic == null || cyrillic == declared;
                        case ISO5426 -> cyrillic == null && !looksIso6937(bytes);
                        default -> cyrillic == null;
                    };
            if (fits) return new Choice(declared, false);
        }
        if (profile == Dialect.CNMARC && UnimarcCharset.strictGb18030(bytes)) {
            return choice(UnimarcCharset.GB18030, declared);
        }
        if (cyrillic != null) return choice(cyrillic, declared);
        if (looksIso6937(bytes)) return choice(UnimarcCharset.ISO6937, declared);
        return choice(UnimarcCharset.ISO5426, declared);
    }

    /**
     * Whether the high bytes are ISO 6937's rather than ISO 5426's. No 100 $a/26-29 code names ISO 6937, so a record
     * in it declares ISO 5426 ({@code 03}) or nothing; the two agree on most accents (0xC1-0xC8 before the letter)
     * and differ where it shows: ISO 6937 writes the cedilla as 0xCB (ISO 5426: 0xD0) and has the letters and signs
     * that ISO 5426 leaves unassigned (0xE4 Ħ, 0xF0 ĸ, 0xFE ŋ, 0xB4 ×, …), while ISO 5426 has its cedilla 0xD0, its
     * umlaut 0xC9 and its other diacritics 0xD1-0xDD before a letter. ISO 6937 when it shows and ISO 5426 does not.
     */
    static boolean looksIso6937(byte[] b) {
        int iso6937 = 0;
        int iso5426 = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0xA0) continue;
            boolean beforeLetter = i + 1 < b.length && Character.isLetter((char) (b[i + 1] & 0xFF));
            if (c == 0xCB && beforeLetter && "cCgGkKlLnNrRsStT".indexOf(b[i + 1]) >= 0) iso6937++;
            else if (ONLY_6937[c]) iso6937++;
            else if ((c == 0xC9 || (c >= 0xD0 && c <= 0xDD)) && beforeLetter) iso5426++;
        }
        return iso6937 > 0 && iso5426 == 0;
    }

    /** Bytes ISO 6937 assigns and ISO 5426 (as marc4j reads it) does not. */
    private static final boolean[] ONLY_6937 = new boolean[256];

    static {
        for (int c : new int[] {
            0xB3, 0xB4, 0xB5, 0xDC, 0xE0, 0xE3, 0xE4, 0xE5, 0xE7, 0xEB, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF7, 0xFD, 0xFE,
            0xFF
        }) ONLY_6937[c] = true;
    }

    private static Choice choice(UnimarcCharset chosen, UnimarcCharset declared) {
        return new Choice(chosen, declared != null && declared != chosen);
    }

    private static boolean continues(byte[] b, int from, int to) {
        if (to > b.length) return false;
        for (int i = from; i < to; i++) if ((b[i] & 0xC0) != 0x80) return false;
        return true;
    }

    private static final UnimarcCharset[] CYRILLIC = {UnimarcCharset.CP866, UnimarcCharset.KOI8R, UnimarcCharset.CP1251
    };

    /**
     * The Cyrillic code page under which most high bytes are lower-case Cyrillic letters (running text is mostly
     * lower case), when that is at least half of them and high bytes mostly stand next to each other (in ISO 5426 a
     * high byte is a diacritic before a Latin letter); else {@code null}.
     */
    static UnimarcCharset bestCyrillic(byte[] b, int high) {
        int adjacent = 0;
        for (int i = 0; i + 1 < b.length; i++) if (b[i] < 0 && b[i + 1] < 0) adjacent++;
        if (adjacent * 2 < high) return null;
        UnimarcCharset best = null;
        int bestCount = 0;
        for (int k = 0; k < CYRILLIC.length; k++) {
            int lower = lowerCyrillic(b, k);
            if (lower > bestCount) {
                best = CYRILLIC[k];
                bestCount = lower;
            }
        }
        return bestCount * 2 >= high ? best : null;
    }

    /** For each Cyrillic code page (in {@link #CYRILLIC} order), which high bytes are lower-case Cyrillic letters. */
    private static final boolean[][] LOWER = lowerTables();

    private static boolean[][] lowerTables() {
        String[] names = {"IBM866", "KOI8-R", "windows-1251"};
        boolean[][] out = new boolean[names.length][256];
        byte[] one = new byte[1];
        for (int k = 0; k < names.length; k++) {
            Charset cs = Charset.forName(names[k]);
            for (int v = 0x80; v < 0x100; v++) {
                one[0] = (byte) v;
                char c = new String(one, cs).charAt(0);
                out[k][v] = (c >= '\u0430' && c <= '\u044F') || c == '\u0451';
            }
        }
        return out;
    }

    private static int lowerCyrillic(byte[] b, int table) {
        boolean[] lower = LOWER[table];
        int n = 0;
        for (byte x : b) if (x < 0 && lower[x & 0xFF]) n++;
        return n;
    }

    /** All values of a record as one byte string (values held one character per byte). */
    public static byte[] bytesOf(CharSequence latin1) {
        return latin1.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
