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
}
