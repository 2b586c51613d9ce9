package org.colophon.transform.marc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link MarcText#clean} skips the normaliser for text whose characters NFC never changes; whatever it skips, the
 * normaliser would have left as it was.
 */
class MarcTextNfcTest {

    /** Characters that begin compositions or take part in them: Latin, Greek, Cyrillic, kana, Hangul jamo. */
    private static final String NEIGHBOURS = "AaEeOoUuCcNnZz\u00C5\u00E6\u0391\u03B1\u0415\u0435\u304B\u30AB"
            + "\u1100\u1161\u11A8\uAC00\u0301\u0308\u0327\u3099";

    @Test
    void textTheNormaliserIsSkippedForIsAlreadyNfcBesideAnyNeighbour() {
        int checked = 0;
        for (char c = 0x20; c < 0xFFFF; c++) {
            boolean skipped = c < 0x300 || c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3;
            if (!skipped || c >= 0x7F && c < 0xA0) continue;
            String alone = String.valueOf(c);
            assertEquals(Normalizer.normalize(alone, Normalizer.Form.NFC), MarcText.clean(alone), "U+" + (int) c);
            for (int i = 0; i < NEIGHBOURS.length(); i++) {
                String after = NEIGHBOURS.charAt(i) + alone;
                String before = alone + NEIGHBOURS.charAt(i);
                assertEquals(Normalizer.normalize(after, Normalizer.Form.NFC), MarcText.clean(after), "U+" + (int) c);
                assertEquals(Normalizer.normalize(before, Normalizer.Form.NFC), MarcText.clean(before), "U+" + (int) c);
            }
            checked++;
        }
        assertEquals(0x300 - 0x20 - 0x21 + (0x9FFF - 0x4E00 + 1) + (0xD7A3 - 0xAC00 + 1), checked);
    }

    @Test
    void decomposedLatinAndCompatibilityIdeographsStillGoThroughTheNormaliser() {
        assertEquals("\u00E9", MarcText.clean("e\u0301"));
        assertEquals("\u8C48", MarcText.clean("\uF900"));
        assertEquals("\uAC01", MarcText.clean("\uAC00\u11A8"));
    }
}
