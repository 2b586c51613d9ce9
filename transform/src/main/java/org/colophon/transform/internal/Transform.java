package org.colophon.transform.internal;

import java.util.Set;

/**
 * A named step applied to a value after {@code |} in a rule. Text steps turn text into text; {@code @table} and
 * {@code @table~label} look a code or a term up in a code table and give an IRI; {@code iri} keeps only values that
 * are already http(s) IRIs; {@code date}, {@code dateTime}, {@code edtf} and {@code year} give typed literals.
 *
 * @param name the step's name ({@code trim}, {@code @languages}, …)
 * @param arg the argument in parentheses, or {@code null}
 */
public record Transform(String name, String arg) {

    static final Set<String> TEXT_STEPS = Set.of(
            "trim",
            "isbd",
            "parens",
            "isbn",
            "issn",
            "strip",
            "lower",
            "upper",
            "nonfiling",
            "chunks",
            "digits",
            "skip",
            "prefix",
            "clean",
            "isbnQualifier",
            "rstrip");
    static final Set<String> TYPED_STEPS = Set.of("date", "dateTime", "edtf", "year", "iri", "integer");

    public boolean isLookup() {
        return name.startsWith("@");
    }

    /** The code table a lookup step reads. */
    public String table() {
        String t = name.substring(1);
        int tilde = t.indexOf('~');
        return tilde < 0 ? t : t.substring(0, tilde);
    }

    /** True for {@code @table~label}: look the value up as a term, not a code. */
    public boolean byLabel() {
        return name.endsWith("~label");
    }

    /** True when the step keeps a value plain text, so parallel 880 values stay comparable. */
    public boolean keepsText() {
        return TEXT_STEPS.contains(name);
    }

    static boolean known(String name) {
        return name.startsWith("@") || TEXT_STEPS.contains(name) || TYPED_STEPS.contains(name);
    }
}
