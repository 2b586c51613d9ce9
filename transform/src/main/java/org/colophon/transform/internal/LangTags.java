package org.colophon.transform.internal;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BCP 47 tags for literals in scripts other than Latin. Parallel literals (a field and its 880): the vernacular form
 * gets the record's language plus the script seen in the text ({@code zh-Hani}, {@code ja-Jpan}, {@code ko-Kore},
 * {@code ru-Cyrl}); its romanized partner gets {@code -Latn}, with the pinyin variant for Chinese
 * ({@code zh-Latn-pinyin}). A literal in another script with no partner ({@link #unpaired}) gets the first of the
 * record's languages written in that script, and the script. Latin-script text without a partner stays untagged.
 */
final class LangTags {
    private LangTags() {}

    /**
     * The tag of a text no 880 pairs with: {@code null} when it has no letters of a script other than Latin;
     * otherwise the script seen and the first language that is written in it, from the record's language (008/35-37)
     * and then the languages of 041, or the one language of a script only one language uses (kana: Japanese, Hangul:
     * Korean), or {@code und}. Han characters in a Japanese record are {@code ja-Jpan}, in a Korean one {@code ko-Kore}.
     */
    static String unpaired(String recordLanguage, List<String> otherLanguages, String text) {
        return unpairedIn(recordLanguage, otherLanguages, scriptOf(text));
    }

    /** {@link #unpaired} for a text whose script ({@link #scriptOf}) the caller has already read. */
    static String unpairedIn(String recordLanguage, List<String> otherLanguages, String script) {
        if (script == null) return null;
        String lang = writtenIn(recordLanguage, script) ? recordLanguage : null;
        for (int i = 0; lang == null && i < otherLanguages.size(); i++) {
            if (writtenIn(otherLanguages.get(i), script)) lang = otherLanguages.get(i);
        }
        if (lang == null) lang = onlyLanguageOf(script);
        if (lang == null) return "und-" + script;
        if (lang.equals("ja") && (script.equals("Hani") || script.equals("Jpan"))) return "ja-Jpan";
        if (lang.equals("ko") && (script.equals("Hani") || script.equals("Kore"))) return "ko-Kore";
        return lang + "-" + script;
    }

    /** True when {@code language} (a BCP 47 primary subtag) is written in {@code script}. */
    static boolean writtenIn(String language, String script) {
        if (language == null) return false;
        return switch (script) {
            case "Hani" ->
                language.equals("zh") || language.equals("ja") || language.equals("ko") || CHINESE.contains(language);
            case "Jpan" -> language.equals("ja");
            case "Kore" -> language.equals("ko");
            default -> script.equals(SCRIPTS.get(language));
        };
    }

    /** Chinese languages other than {@code zh} that the code tables may give (Cantonese, Wu, Min, …). */
    private static final Set<String> CHINESE = Set.of("yue", "wuu", "nan", "hak", "gan", "hsn", "cdo", "cjy", "lzh");

    /** The script languages in the catalogue are usually written in, where that is not Latin. */
    private static final Map<String, String> SCRIPTS = scripts();

    private static Map<String, String> scripts() {
        Map<String, String> m = new HashMap<>();
        for (String l : List.of(
                "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "ce", "os", "ab", "av",
                "kv", "sah", "bua", "udm", "chm", "myv", "mdf", "kbd", "ady", "krc", "lez", "dar", "inh", "alt", "tyv",
                "kjh", "kum", "nog", "chu", "orv")) m.put(l, "Cyrl");
        for (String l : List.of("ar", "fa", "ur", "ps", "sd", "ug", "ks", "ku", "ckb", "ota", "prs", "bal", "pnb"))
            m.put(l, "Arab");
        for (String l : List.of("he", "yi", "lad", "jrb", "jpr", "arc", "hbo")) m.put(l, "Hebr");
        for (String l : List.of("el", "grc", "gmy")) m.put(l, "Grek");
        for (String l : List.of("hi", "mr", "ne", "sa", "kok", "mai", "bho", "new", "awa", "mag", "raj"))
            m.put(l, "Deva");
        m.put("th", "Thai");
        m.put("hy", "Armn");
        m.put("ka", "Geor");
        return Map.copyOf(m);
    }

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

    /**
     * The dominant non-Latin script of the text as an ISO 15924 code, or null when there is none: the first kana or
     * Hangul names Japanese or Korean; any other script named here counts when it comes before any Han character;
     * Han alone is {@code Hani}. A character of the Basic Multilingual Plane is looked up in {@link Kinds#BMP}, so a
     * Chinese value costs a table read a character rather than a search of the Unicode script ranges.
     */
    static String scriptOf(String text) {
        boolean han = false;
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            // below Greek: Latin letters, modifier letters and combining marks, none of which names a script here
            if (c < 0x370) {
                i++;
                continue;
            }
            int kind;
            if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                kind = kind(cp);
            } else {
                i++;
                kind = Kinds.BMP[c];
            }
            if (kind == NONE) continue;
            if (kind == HAN) han = true;
            else if (kind == JPAN || kind == KORE || !han) return SCRIPT_CODES[kind];
        }
        return han ? "Hani" : null;
    }

    private static final int NONE = 0;
    private static final int HAN = 1;
    private static final int JPAN = 2;
    private static final int KORE = 3;
    /** The code of each kind of character {@link #kind} tells apart, by kind. */
    private static final String[] SCRIPT_CODES = {
        null, "Hani", "Jpan", "Kore", "Cyrl", "Arab", "Hebr", "Grek", "Deva", "Thai", "Armn", "Geor"
    };

    /** What a code point says of a text's script: {@link #NONE} (not a letter, or a script not named here) or one. */
    private static int kind(int cp) {
        if (cp < 0x370 || !Character.isLetter(cp)) return NONE;
        return switch (UnicodeScript.of(cp)) {
            case HAN -> HAN;
            case HIRAGANA, KATAKANA -> JPAN;
            case HANGUL -> KORE;
            case CYRILLIC -> 4;
            case ARABIC -> 5;
            case HEBREW -> 6;
            case GREEK -> 7;
            case DEVANAGARI -> 8;
            case THAI -> 9;
            case ARMENIAN -> 10;
            case GEORGIAN -> 11;
            default -> NONE;
        };
    }

    /** {@link #kind} of every character of the Basic Multilingual Plane, made on first use. */
    private static final class Kinds {
        static final byte[] BMP = new byte[0x10000];

        static {
            for (int c = 0x370; c < BMP.length; c++) BMP[c] = (byte) kind(c);
        }
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

    /** The language a script belongs to when only one uses it (kana, Hangul, Armenian, Georgian, Thai), or null. */
    private static String onlyLanguageOf(String script) {
        return switch (script) {
            case "Jpan" -> "ja";
            case "Kore" -> "ko";
            case "Armn" -> "hy";
            case "Geor" -> "ka";
            case "Thai" -> "th";
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
