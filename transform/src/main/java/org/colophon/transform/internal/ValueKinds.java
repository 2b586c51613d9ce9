package org.colophon.transform.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a free-text value looks like, for the {@code $a~=kind} condition: Dublin Core puts ISBNs, ISSNs, DOIs,
 * handles and web addresses all in {@code dc:identifier}, and dates of every shape in {@code dc:date}.
 *
 * <ul>
 *   <li>{@code isbn}: 10 or 13 digits (hyphens, spaces and an {@code ISBN} label allowed) with a valid check digit
 *   <li>{@code issn}: {@code nnnn-nnnc} with a valid check digit, optionally labelled {@code ISSN}
 *   <li>{@code doi}: {@code 10.nnnn/…}, {@code doi:10.…} or a doi.org address
 *   <li>{@code hdl}: {@code hdl:…} or a hdl.handle.net address
 *   <li>{@code http}: an http(s) address
 *   <li>{@code other}: none of the identifier kinds above
 *   <li>{@code date}: an ISO 8601 / EDTF level 0 date: {@code 2010}, {@code 2010-05}, {@code 2010-05-17}, optionally
 *       with a time ({@code 2003-04-15T10:18:51Z})
 *   <li>{@code period}: a {@code date}, or a span of time in words and numbers: {@code 1950-1960}, {@code 1950s},
 *       {@code 19th century}, {@code 1914/1918}
 * </ul>
 */
final class ValueKinds {
    static final List<String> NAMES = List.of("isbn", "issn", "doi", "hdl", "http", "other", "date", "period");

    private static final Pattern ISSN = Pattern.compile("(?i)(issn:?\\s*)?(\\d{4})-?(\\d{3}[\\dx])");
    private static final Pattern DOI = Pattern.compile("(?i)(doi:\\s*|https?://(dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S+");
    private static final Pattern HDL = Pattern.compile("(?i)(hdl:\\s*|https?://hdl\\.handle\\.net/)\\S+");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    private static final Pattern PERIOD = Pattern.compile(
            "(?i)(ca?\\.?\\s*)?\\d{3,4}s?(\\s*[-/\u2013]\\s*\\d{2,4}s?)?|\\d{1,2}(st|nd|rd|th)[- ]centur(y|ies)(\\s*(bc|bce|ad|ce))?");

    private ValueKinds() {}

    static boolean known(String kind) {
        return NAMES.contains(kind);
    }

    static boolean is(String kind, String value) {
        String v = value.strip();
        return switch (kind) {
            case "isbn" -> isbn(v);
            case "issn" -> issn(v);
            case "doi" -> DOI.matcher(v).matches();
            case "hdl" -> HDL.matcher(v).matches();
            case "http" -> v.startsWith("http://") || v.startsWith("https://");
            case "other" -> !v.isEmpty() && !isbn(v) && !issn(v) && !is("doi", v) && !is("hdl", v) && !is("http", v);
            case "date" -> DATE.matcher(v).matches();
            case "period" -> DATE.matcher(v).matches() || PERIOD.matcher(v).matches();
            default -> false;
        };
    }

    /** 10 or 13 digits with a valid check digit; an {@code ISBN} label, hyphens and spaces are allowed. */
    static boolean isbn(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.startsWith("ISBN")) v = v.substring(4).replaceFirst("^[-:\\s]+", "");
        if (!v.matches("[\\d][\\d\\- ]*[\\dX]")) return false;
        String d = v.replace("-", "").replace(" ", "");
        if (d.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = d.charAt(i);
                if (c == 'X' && i != 9) return false;
                sum += (10 - i) * (c == 'X' ? 10 : c - '0');
            }
            return sum % 11 == 0;
        }
        if (d.length() == 13 && d.chars().allMatch(Character::isDigit)) {
            int sum = 0;
            for (int i = 0; i < 13; i++) sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            return sum % 10 == 0;
        }
        return false;
    }

    /** {@code nnnn-nnnc} with its check digit. */
    static boolean issn(String value) {
        var m = ISSN.matcher(value);
        if (!m.matches()) return false;
        String d = (m.group(2) + m.group(3)).toUpperCase(Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < 7; i++) sum += (8 - i) * (d.charAt(i) - '0');
        int check = (11 - sum % 11) % 11;
        char c = d.charAt(7);
        return check == 10 ? c == 'X' : c == (char) ('0' + check);
    }
}
