package org.colophon.vocab.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** The normal forms code-table keys are compared in. */
public final class LabelKey {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:/=+\\]。，；：、]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s\\[(]+");

    private LabelKey() {}

    /** A code, trimmed and lower-cased. */
    public static String ofCode(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** A label, lower-cased, spaces collapsed, leading brackets and trailing ISBD punctuation removed. */
    public static String ofLabel(String label) {
        String s = SPACES.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return LEADING_PUNCTUATION.matcher(s).replaceAll("");
    }
}
