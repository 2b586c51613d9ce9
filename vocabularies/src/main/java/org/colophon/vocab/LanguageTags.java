package org.colophon.vocab;

import java.util.Optional;

/**
 * BCP 47 language tags from MARC codes: the 008/35-37 or 041 language code and the 880 $6 script identification
 * code. {@code of("chi", "$1")} is {@code zh-Hani}, {@code of("jpn", "$1")} is {@code ja-Jpan}, {@code of("rus",
 * "(N")} is {@code ru-Cyrl}.
 */
public final class LanguageTags {

    private LanguageTags() {}

    /**
     * The tag for a MARC language code and a MARC script code, either of which may be {@code null} or blank.
     *
     * @return {@code language-Script}, just the language, {@code und-Script}, or empty when neither is known
     */
    public static Optional<String> of(String marcLanguage, String marcScript) {
        Optional<String> language = language(marcLanguage);
        Optional<String> script = script(marcScript, marcLanguage);
        if (script.isPresent()) {
            return Optional.of(language.orElse("und") + "-" + script.get());
        }
        return language;
    }

    /** The BCP 47 primary language subtag for a MARC language code: {@code chi} is {@code zh}. */
    public static Optional<String> language(String marcLanguage) {
        return CodeTables.get("languages").lookup(marcLanguage).flatMap(e -> e.attribute("bcp47"));
    }

    /**
     * The ISO 15924 script for a MARC script code, taking the language into account where the table says so (CJK
     * in Japanese is {@code Jpan}, in Korean {@code Kore}).
     */
    public static Optional<String> script(String marcScript, String marcLanguage) {
        Optional<CodeTable.Entry> entry = CodeTables.get("scripts").lookup(marcScript);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String language = marcLanguage == null ? "" : marcLanguage.strip();
        for (String override : entry.get().attribute("byLanguage").orElse("").split(";")) {
            int eq = override.indexOf('=');
            if (eq > 0 && override.substring(0, eq).strip().equalsIgnoreCase(language)) {
                return Optional.of(override.substring(eq + 1).strip());
            }
        }
        return entry.get().attribute("iso15924");
    }
}
