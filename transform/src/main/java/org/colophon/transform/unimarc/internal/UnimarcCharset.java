package org.colophon.transform.unimarc.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.marc4j.converter.impl.Iso6937ToUnicode;
import org.marc4j.converter.impl.UnimarcToUnicode;

/**
 * The character sets UNIMARC-family records come in, how 100 $a/26-29 names them, and how to decode bytes in each.
 * ISO 5426 (with ISO 2022 escapes to the other UNIMARC sets) and ISO 6937 go through marc4j's converters; the
 * others through the JDK.
 */
public enum UnimarcCharset {
    /** Nothing but 7-bit bytes. */
    ASCII("ascii"),
    UTF8("UTF-8"),
    /** ISO 5426 extended Latin, UNIMARC's default 8-bit set (100 $a/26-29 code {@code 03}). */
    ISO5426("ISO 5426"),
    /** ISO 6937, the other Latin set with non-spacing diacritics before the letter. */
    ISO6937("ISO 6937"),
    /** DOS Cyrillic, as RUSMARC exports from DOS-era systems are written. */
    CP866("CP866"),
    KOI8R("KOI8-R"),
    CP1251("Windows-1251"),
    /** GB 18030, a superset of GB 2312: CNMARC records not in UTF-8. */
    GB18030("GB18030");

    private final String label;

    UnimarcCharset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The character set 100 $a/26-29 declares (G0 set at 26-27, G1 set at 28-29; the G1 set names the 8-bit
     * characters when there is one), or {@code null} when it declares none this reader knows. {@code 01} alone is
     * plain ASCII; {@code 50} is UTF-8 (ISO 10646); {@code 03} and {@code 10} ISO 5426; {@code 79}, {@code 89},
     * {@code 99} are how RUSMARC labels CP866, Windows-1251 and KOI8-R; {@code 20} is GB 2312 as CNMARC labels it.
     */
    public static UnimarcCharset declared(String field100a) {
        if (field100a == null || field100a.length() < 28) return null;
        String g0 = field100a.substring(26, 28);
        String g1 = field100a.length() >= 30 ? field100a.substring(28, 30) : "  ";
        UnimarcCharset fromG1 = byCode(g1);
        if (fromG1 != null) return fromG1;
        UnimarcCharset fromG0 = byCode(g0);
        if (fromG0 != null) return fromG0;
        return g0.equals("01") && g1.isBlank() ? ASCII : null;
    }

    private static UnimarcCharset byCode(String code) {
        return switch (code) {
            case "50" -> UTF8;
            case "03", "10" -> ISO5426;
            case "79" -> CP866;
            case "89" -> CP1251;
            case "99" -> KOI8R;
            case "20" -> GB18030;
            default -> null;
        };
    }

    private static final ThreadLocal<UnimarcToUnicode> ISO5426_DECODER = ThreadLocal.withInitial(() -> {
        UnimarcToUnicode c = new UnimarcToUnicode((severity, message) -> {});
        c.setTranslateNCR(true);
        return c;
    });
    private static final ThreadLocal<Iso6937ToUnicode> ISO6937_DECODER = ThreadLocal.withInitial(Iso6937ToUnicode::new);

    /** Decodes a value held as its bytes, one character per byte, into Unicode (not yet normalised). */
    public String decode(String bytes) {
        if (this == ASCII || isAscii(bytes)) return bytes;
        byte[] b = bytes.getBytes(StandardCharsets.ISO_8859_1);
        return switch (this) {
            case ASCII -> bytes;
            case UTF8 -> new String(b, StandardCharsets.UTF_8);
            case ISO5426 -> marc4j(ISO5426_DECODER, bytes);
            case ISO6937 -> marc4j6937(bytes);
            case CP866 -> new String(b, Charset.forName("IBM866"));
            case KOI8R -> new String(b, Charset.forName("KOI8-R"));
            case CP1251 -> new String(b, Charset.forName("windows-1251"));
            case GB18030 -> new String(b, Charset.forName("GB18030"));
        };
    }

    private static String marc4j(ThreadLocal<UnimarcToUnicode> decoder, String bytes) {
        try {
            return decoder.get().convert(bytes.toCharArray());
        } catch (RuntimeException e) {
            decoder.remove();
            return replaceHigh(bytes);
        }
    }

    private static String marc4j6937(String bytes) {
        try {
            return ISO6937_DECODER.get().convert(bytes.toCharArray());
        } catch (RuntimeException e) {
            ISO6937_DECODER.remove();
            return replaceHigh(bytes);
        }
    }

    private static String replaceHigh(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            sb.append(c < 0x80 ? c : '\uFFFD');
        }
        return sb.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** True when the bytes decode as GB 18030 without an unmappable or malformed sequence. */
    static boolean strictGb18030(byte[] b) {
        try {
            Charset.forName("GB18030")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
