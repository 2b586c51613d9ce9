package org.colophon.discovery.internal;

import java.util.ArrayList;
import java.util.List;

/** ISBN, ISSN and LCCN in the forms a reader might type, so any form finds the record. */
public final class Identifiers {
    private Identifiers() {}

    /** Digits and X only, upper case. */
    public static String compact(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) sb.append(c);
            else if (c == 'x' || c == 'X') sb.append('X');
            else if (sb.length() > 0 && (c == ' ' || c == '(' || c == ':')) break; // "0306406152 (pbk.)"
        }
        return sb.toString();
    }

    /** An ISBN in both lengths where it has both (a 978 ISBN-13 and its ISBN-10). */
    public static List<String> isbn(String value) {
        String c = compact(value);
        List<String> out = new ArrayList<>();
        if (c.length() == 10) {
            out.add(c);
            out.add(to13(c));
        } else if (c.length() == 13) {
            out.add(c);
            if (c.startsWith("978")) out.add(to10(c));
        } else if (!c.isEmpty()) {
            out.add(c);
        }
        return out;
    }

    /** An ISSN with and without its hyphen. */
    public static List<String> issn(String value) {
        String c = compact(value);
        return c.length() == 8
                ? List.of(c, c.substring(0, 4) + "-" + c.substring(4))
                : c.isEmpty() ? List.of() : List.of(c);
    }

    /** Whether a query looks like an identifier, and its searchable form. */
    public static String asQuery(String q) {
        String c = compact(q);
        boolean onlyIdChars = q.strip().matches("[0-9Xx\\- ]+");
        return onlyIdChars && (c.length() == 8 || c.length() == 10 || c.length() == 13) ? c : null;
    }

    static String to13(String isbn10) {
        String core = "978" + isbn10.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (core.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        return core + ((10 - sum % 10) % 10);
    }

    static String to10(String isbn13) {
        String core = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (core.charAt(i) - '0') * (10 - i);
        int check = (11 - sum % 11) % 11;
        return core + (check == 10 ? "X" : Integer.toString(check));
    }
}
