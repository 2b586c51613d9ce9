package org.colophon.transform.marc.internal;

import java.nio.charset.StandardCharsets;
import org.marc4j.converter.impl.AnselToUnicode;

/**
 * MARC-8 to Unicode through marc4j's converter. The converter keeps state between calls, so each thread has its
 * own. Conversion errors never escape: bytes the converter cannot place become U+FFFD. Escape sequences are checked
 * first ({@link Marc8Escapes}): marc4j spins forever on some damaged ones.
 */
final class Marc8 {
    private static final ThreadLocal<AnselToUnicode> CONVERTER = ThreadLocal.withInitial(Marc8::newConverter);

    private Marc8() {}

    private static AnselToUnicode newConverter() {
        AnselToUnicode c = new AnselToUnicode((severity, message) -> {});
        c.setTranslateNCR(true);
        return c;
    }

    /** Decodes {@code len} MARC-8 bytes from {@code off}; the result is NFD as marc4j gives it. */
    static String decode(byte[] b, int off, int len) {
        char[] chars = Marc8Escapes.repair(b, off, len);
        try {
            return CONVERTER.get().convert(chars);
        } catch (RuntimeException e) {
            CONVERTER.remove();
            return replaceHighBytes(b, off, len);
        }
    }

    private static String replaceHighBytes(byte[] b, int off, int len) {
        String s = new String(b, off, len, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x80 && c != 0x1B ? c : '\uFFFD');
        }
        return sb.toString();
    }
}
