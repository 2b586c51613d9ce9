package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;

/** The text-to-text transforms of the rule language. Each may give zero, one or several values. */
final class TextSteps {
    private TextSteps() {}

    static void apply(Transform step, String value, List<String> out) {
        switch (step.name()) {
            case "trim" -> add(out, trimPunctuation(value));
            case "isbd" -> add(out, trimIsbd(value));
            case "strip", "clean" -> add(out, value.strip());
            case "parens" -> add(out, stripParens(value));
            case "isbn" -> add(out, isbn(value));
            case "issn" -> add(out, issn(value));
            case "lower" -> add(out, value.strip().toLowerCase(java.util.Locale.ROOT));
            case "upper" -> add(out, value.strip().toUpperCase(java.util.Locale.ROOT));
            case "nospace" -> add(out, value.replaceAll("\\s+", ""));
            case "digits" -> add(out, value.replaceAll("[^0-9]", ""));
            case "prefix" -> add(out, step.arg() + value);
            case "skip" -> {
                if (!value.strip().equalsIgnoreCase(step.arg())) add(out, value);
            }
            case "nonfiling" -> add(out, value);
            case "keep" -> {
                if (startsWithIgnoreCase(value.strip(), step.arg())) add(out, value);
            }
            case "drop" -> {
                if (!startsWithIgnoreCase(value.strip(), step.arg())) add(out, value);
            }
            case "unprefixed" -> {
                String v = value.strip();
                add(
                        out,
                        v.startsWith("(") && v.indexOf(')') > 0
                                ? v.substring(v.indexOf(')') + 1).strip()
                                : v);
            }
            case "terms" -> {
                for (String t : TERM_SEPARATORS.split(value)) add(out, trimPunctuation(t));
            }
            case "isbnQualifier" -> add(out, isbnQualifier(value));
            case "rstrip" -> {
                String v = value.strip();
                int end = v.length();
                while (end > 0 && step.arg().indexOf(v.charAt(end - 1)) >= 0) end--;
                add(out, v.substring(0, end));
            }
            case "chunks" -> {
                int n = Integer.parseInt(step.arg());
                String v = value.strip();
                if (v.length() > n && v.length() % n == 0) {
                    for (int i = 0; i < v.length(); i += n) add(out, v.substring(i, i + n));
                } else add(out, v);
            }
            case "char" -> {
                // one position of a coded value (0 the first): 8XX $7 "am" -> "a" (type of record), "m" (level)
                int n = Integer.parseInt(step.arg());
                if (n < value.length()) add(out, value.substring(n, n + 1));
            }
            default -> throw new IllegalStateException("not a text step: " + step.name());
        }
    }

    /** Between relator terms in one $e or $j: a comma, a semicolon, an ampersand or " and ". */
    private static final java.util.regex.Pattern TERM_SEPARATORS =
            java.util.regex.Pattern.compile("\\s*(?:[,;&]|\\band\\b)\\s*");

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static void add(List<String> out, String v) {
        if (v != null && !v.isBlank()) out.add(v);
    }

    /** Removes ISBD punctuation that ends a MARC subfield: {@code " /"}, {@code " :"}, {@code ","}, a final period. */
    static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '/' || c == ':' || c == ';' || c == ',' || c == '=') {
                end--;
            } else if (c == '.' && keepsPeriodBefore(s, end - 1)) {
                break;
            } else if (c == '.') {
                end--;
            } else break;
        }
        int start = 0;
        while (start < end
                && (Character.isWhitespace(s.charAt(start))
                        || s.charAt(start) == '=' && start + 1 < end && s.charAt(start + 1) == ' ')) start++;
        String t = s.substring(start, end);
        // brackets left unbalanced by the cut
        if (t.startsWith("[") && !t.contains("]")) t = t.substring(1);
        if (t.endsWith("]") && !t.contains("[")) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** Removes the ISBD separators that end a subfield ({@code " :"}, {@code " ;"}, {@code " +"}) but keeps a period. */
    static String trimIsbd(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '/' || c == ':' || c == ';' || c == ',' || c == '=' || c == '+')
                end--;
            else break;
        }
        return s.substring(0, end).strip();
    }

    /** A period stays after an initial ("J.") or an ellipsis, or closing an abbreviation like "ed." is a judgement call we leave in. */
    private static boolean keepsPeriodBefore(String s, int dot) {
        if (dot >= 1 && s.charAt(dot - 1) == '.') return true;
        if (dot >= 1
                && Character.isUpperCase(s.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(s.charAt(dot - 2)))) return true;
        // common abbreviations that end statements: "p.", "cm."? No: keep only "etc." and "ed." variants
        return s.regionMatches(true, Math.max(0, dot - 3), "etc", 0, 3) && dot >= 3;
    }

    static String stripParens(String s) {
        String t = s.strip();
        while (t.startsWith("(")) t = t.substring(1);
        while (t.endsWith(")") || t.endsWith(".") || t.endsWith(":") || t.endsWith(";") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.strip();
    }

    /** The ISBN itself: the first run of digits, hyphens and X; hyphens dropped. */
    static String isbn(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) i++;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) sb.append(c);
            else if ((c == 'x' || c == 'X') && (sb.length() == 9 || sb.length() == 12)) sb.append('X');
            else if (c == '-'
                    || c == ' '
                            && sb.length() < 10
                            && i + 1 < s.length()
                            && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '-')) continue;
            else break;
        }
        return sb.toString();
    }

    /** What follows the number in an old-style ISBN subfield: {@code 0123456789 (pbk.)} → {@code pbk}. */
    static String isbnQualifier(String s) {
        String number = isbn(s);
        if (number.isEmpty()) return null;
        int i = 0;
        int seen = 0;
        while (i < s.length() && seen < number.length()) {
            char c = s.charAt(i++);
            if (Character.isDigit(c) || c == 'x' || c == 'X') seen++;
        }
        String rest = stripParens(s.substring(i).strip());
        return rest.isEmpty() ? null : trimPunctuation(rest);
    }

    static String issn(String s) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        return sp > 0 ? t.substring(0, sp) : t;
    }

    static List<String> one(String s) {
        List<String> l = new ArrayList<>(1);
        l.add(s);
        return l;
    }
}
