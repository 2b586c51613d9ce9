package org.colophon.transform.internal;

import java.lang.Character.UnicodeScript;

/**
 * BCP 47 tags for parallel literals: the vernacular form gets the record's language plus the script seen in the
 * text ({@code zh-Hani}, {@code ja-Jpan}, {@code ko-Kore}, {@code ru-Cyrl}); its romanized partner gets
 * {@code -Latn}, with the pinyin variant for Chinese ({@code zh-Latn-pinyin}).
 */
final class LangTags {
    private LangTags() {}

    static String vernacular(String language, String text, String scriptCode) {
        String script = scriptOf(text);
        if (script == null) script = fromMarcScriptCode(scriptCode);
        String lang = language != null ? language : guessLanguage(script);
        if (lang == null) return script == null ? null : "und-" + script;
        if (script == null) return lang;
        if (script.equals("Hani") || script.equals("Jpan") || script.equals("Kore")) {
            // Han characters in a Japanese or Korean record are that language's writing system
            if (lang.equals("ja")) script = "Jpan";
            else if (lang.equals("ko")) script = "Kore";
            else if (script.equals("Jpan") && !lang.equals("ja")) script = "Jpan";
        }
        return lang + "-" + script;
    }

    static String romanized(String language) {
        if (language == null) return "und-Latn";
        if (language.equals("zh")) return "zh-Latn-pinyin";
        return language + "-Latn";
    }

    /** The dominant non-Latin script of the text as an ISO 15924 code, or null when there is none. */
    static String scriptOf(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            switch (s) {
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

    private static String fromMarcScriptCode(String code) {
        if (code == null) return null;
        return switch (code) {
            case "$1" -> "Hani";
            case "(3", "(4" -> "Arab";
            case "(B" -> "Latn";
            case "(N", "(Q" -> "Cyrl";
            case "(S" -> "Grek";
            case "(2" -> "Hebr";
            default -> null;
        };
    }

    private static String guessLanguage(String script) {
        if (script == null) return null;
        return switch (script) {
            case "Jpan" -> "ja";
            case "Kore" -> "ko";
            case "Hebr" -> "he";
            case "Grek" -> "el";
            case "Thai" -> "th";
            default -> null;
        };
    }
}
