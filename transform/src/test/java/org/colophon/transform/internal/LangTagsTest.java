package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a text with no 880 partner is tagged, from the record's languages and the characters. The texts are taken from
 * real records of the shared corpus (marc4j's pride-and-prejudice-fixed.mrc, Catmandu's marc.xml, xbib's
 * test_ubl.mrc, LC's authority n2015013824), which are not copied here for their licences.
 */
class LangTagsTest {

    @Test
    void japaneseTitleWithKanaOrOnlyKanjiIsJaJpan() {
        assertEquals("ja-Jpan", LangTags.unpaired("ja", List.of(), "\u81ea\u8ca0\u3068\u504f\u898b /"));
        assertEquals("ja-Jpan", LangTags.unpaired("ja", List.of(), "\u4e2d\u91ce\u597d\u592b \u8a33."));
    }

    @Test
    void chineseTitleInAChineseRecordIsZhHani() {
        assertEquals("zh-Hani", LangTags.unpaired("zh", List.of(), "\u50b2\u6162\u4e0e\u504f\u89c1 /"));
    }

    @Test
    void hangulIsKoKoreEvenWhenTheRecordSaysNothing() {
        assertEquals(
                "ko-Kore",
                LangTags.unpaired(
                        "ko", List.of(), "TEEM (\ud55c\uad6d\uc804\uae30\uc804\uc790\uc7ac\ub8cc\ud559\ud68c)"));
        assertEquals("ko-Kore", LangTags.unpaired(null, List.of(), "\ud55c\uad6d\uc804\uae30"));
    }

    @Test
    void cyrillicInAGermanRecordTakesItsLanguageFrom041OrStaysUnd() {
        String text = "\u0411\u043e\u0433\u043e\u0441\u043b\u043e\u0432\u0438\u0435";
        assertEquals("und-Cyrl", LangTags.unpaired("de", List.of(), text));
        assertEquals("ru-Cyrl", LangTags.unpaired("de", List.of("de", "ru"), text));
    }

    @Test
    void arabicInAnArabicRecordIsArArab() {
        assertEquals(
                "ar-Arab",
                LangTags.unpaired("ar", List.of(), "\u064a\u0627\u0633\u064a\u0646\u060c \u0642\u064a\u0633."));
    }

    @Test
    void hebrewInAnEnglishRecordIsUndHebrNotEnglish() {
        assertEquals(
                "und-Hebr",
                LangTags.unpaired("en", List.of(), "\u05d1\u05d5\u05d1\u05e8, \u05de\u05e8\u05d8\u05d9\u05df"));
        assertEquals("yi-Hebr", LangTags.unpaired("en", List.of("yi"), "\u05d1\u05d5\u05d1\u05e8"));
    }

    @Test
    void latinTextIsNotTaggedWhateverTheRecordLanguage() {
        assertNull(LangTags.unpaired("zh", List.of(), "Art, Modern"));
        assertNull(LangTags.unpaired("ar", List.of(), "Ma\u1e25f\u016b\u1e93, Naj\u012bb,"));
        assertNull(LangTags.unpaired("ru", List.of(), "2008"));
    }

    /**
     * The script read through the table of the Basic Multilingual Plane is the one the Unicode script ranges give:
     * every code point alone, beside a Han character on either side, and texts of random characters from the scripts
     * told apart (astral Han and lone surrogates among them).
     */
    @Test
    void scriptOfReadsEveryCharacterAsTheUnicodeScriptRangesDo() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            assertEquals(byRanges(s), LangTags.scriptOf(s), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
            if (cp < 0x10000 || cp % 97 == 0) {
                assertEquals(byRanges("中" + s), LangTags.scriptOf("中" + s));
                assertEquals(byRanges(s + "中"), LangTags.scriptOf(s + "中"));
            }
        }
        String[] pieces = {
            "a",
            "é",
            "中",
            "国",
            "\uD840\uDC0B",
            "\uD800",
            "\uDC00",
            "あ",
            "カ",
            "한",
            "Ж",
            "ش",
            "ש",
            "Ω",
            "क",
            "ก",
            "Ա",
            "ა",
            "。",
            "1",
            " "
        };
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) sb.append(pieces[random.nextInt(pieces.length)]);
            String s = sb.toString();
            assertEquals(byRanges(s), LangTags.scriptOf(s), s);
        }
    }

    /** {@link LangTags#scriptOf} as it was written before the table: a search of the script ranges a character. */
    private static String byRanges(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x370 || !Character.isLetter(cp)) continue;
            switch (Character.UnicodeScript.of(cp)) {
                case HIRAGANA, KATAKANA -> {
                    return "Jpan";
                }
                case HANGUL -> {
                    return "Kore";
                }
                case HAN -> han = true;
                case CYRILLIC -> {
                    if (!han) return "Cyrl";
                }
                case ARABIC -> {
                    if (!han) return "Arab";
                }
                case HEBREW -> {
                    if (!han) return "Hebr";
                }
                case GREEK -> {
                    if (!han) return "Grek";
                }
                case DEVANAGARI -> {
                    if (!han) return "Deva";
                }
                case THAI -> {
                    if (!han) return "Thai";
                }
                case ARMENIAN -> {
                    if (!han) return "Armn";
                }
                case GEORGIAN -> {
                    if (!han) return "Geor";
                }
                default -> {}
            }
        }
        return han ? "Hani" : null;
    }
}
