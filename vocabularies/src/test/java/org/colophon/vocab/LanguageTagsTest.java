package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void chineseIn880WithCjkScriptIsZhHani() {
        assertEquals(Optional.of("zh-Hani"), LanguageTags.of("chi", "$1"));
    }

    @Test
    void cjkScriptInJapaneseAndKoreanRecordsIsJpanAndKore() {
        assertEquals(Optional.of("ja-Jpan"), LanguageTags.of("jpn", "$1"));
        assertEquals(Optional.of("ko-Kore"), LanguageTags.of("KOR", "$1"));
    }

    @Test
    void otherMarcScriptCodesMapToIso15924() {
        assertEquals(Optional.of("ru-Cyrl"), LanguageTags.of("rus", "(N"));
        assertEquals(Optional.of("ar-Arab"), LanguageTags.of("ara", "(3"));
        assertEquals(Optional.of("he-Hebr"), LanguageTags.of("heb", "(2"));
        assertEquals(Optional.of("el-Grek"), LanguageTags.of("gre", "(S"));
        assertEquals(Optional.of("en-Latn"), LanguageTags.of("eng", "(b"));
    }

    @Test
    void missingPartsFallBackToLanguageOnlyOrUnd() {
        assertEquals(Optional.of("zh"), LanguageTags.of("chi", null));
        assertEquals(Optional.of("und-Hani"), LanguageTags.of("   ", "$1"));
        assertTrue(LanguageTags.of("xyz", "??").isEmpty());
    }
}
