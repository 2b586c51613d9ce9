package org.colophon.transform.internal;

import java.util.Set;

/**
 * A named step applied to a value after {@code |} in a rule. Text steps turn text into text; {@code @table} and
 * {@code @table~label} look a code or a term up in a code table and give an IRI; {@code iri} keeps only values that
 * are already http(s) IRIs; {@code date}, {@code dateTime}, {@code edtf} and {@code year} give typed literals.
 *
 * @param name the step's name ({@code trim}, {@code @languages}, …)
 * @param arg the argument in parentheses, or {@code null}
 * @param keepsText the step keeps a value plain text, so parallel 880 values stay comparable (worked out once, here,
 *     since every value asks)
 * @param isLookup a code-table step ({@code @table}, {@code @table~label}, {@code @table:label})
 * @param table the code table a lookup step reads ({@code workTypes.alsoWorkClass} for
 *     {@code @workTypes.alsoWorkClass}), or {@code null}
 * @param givesLabel {@code @table:label}: the entry's English label as a literal, not its IRI
 * @param byLabel {@code @table~label}: look the value up as a term, not a code
 * @param lookupArg the lookup named as this step's argument ({@code unlisted(@relators~label)}), or {@code null}
 *     <p>The last five are worked out from the name once, when the rule is read, not for every value.
 */
public record Transform(
        String name,
        String arg,
        boolean keepsText,
        boolean isLookup,
        String table,
        boolean givesLabel,
        boolean byLabel,
        Transform lookupArg) {

    public Transform(String name, String arg) {
        this(
                name,
                arg,
                TEXT_STEPS.contains(name),
                name.startsWith("@"),
                name.startsWith("@") ? tableOf(name) : null,
                name.endsWith(":label"),
                name.endsWith("~label"),
                arg != null && arg.startsWith("@") ? new Transform(arg, null) : null);
    }

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
            "char",
            "digits",
            "nospace",
            "skip",
            "prefix",
            "clean",
            "isbnQualifier",
            "rstrip",
            "terms",
            "unlisted",
            "keep",
            "drop",
            "unprefixed");
    static final Set<String> TYPED_STEPS = Set.of("date", "dateTime", "edtf", "year", "iri", "integer");

    /** The code table a lookup step named {@code name} reads. */
    private static String tableOf(String name) {
        String t = name.substring(1);
        if (t.endsWith(":label")) t = t.substring(0, t.length() - 6);
        int tilde = t.indexOf('~');
        return tilde < 0 ? t : t.substring(0, tilde);
    }

    static boolean known(String name) {
        return name.startsWith("@") || TEXT_STEPS.contains(name) || TYPED_STEPS.contains(name);
    }
}
