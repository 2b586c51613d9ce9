package org.colophon.authority.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.discovery.TextKeys;

/**
 * Headings compared the way NACO normalisation compares them (the rules the LC/NACO authority file uses to decide
 * that two headings are the same): case, diacritics and punctuation do not count, special letters are spelt out
 * (æ ae, ø o, ß ss, đ d, ł l), and Han characters are read as simplified. The search index's folding does the
 * Unicode part ({@link TextKeys#fold}), so a heading and a search find the same things.
 */
public final class Naco {
    private Naco() {}

    private static final Pattern DATES = Pattern.compile(
            "(?:,|\\s)\\s*((?:b\\.|d\\.|ca\\.|fl\\.|active|approximately)?\\s*[0-9]{3,4}\\??(?:\\s*-\\s*(?:ca\\.\\s*)?"
                    + "[0-9]{0,4}\\??)?(?:\\s*(?:B\\.C\\.|BC|A\\.D\\.))?)\\s*\\.?\\s*$");
    private static final Pattern YEAR = Pattern.compile("[0-9]{3,4}");

    /** The normalised form of a heading: {@code Dvořák, Antonín, 1841-1904.} → {@code dvorak antonin 1841 1904}. */
    public static String normalize(String heading) {
        String s = TextKeys.fold(heading);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String out = special(cp);
            if (out == null) {
                if (Character.isLetterOrDigit(cp)) out = new String(Character.toChars(cp));
                else if (Character.getType(cp) == Character.NON_SPACING_MARK) continue;
                else out = " ";
            }
            for (int j = 0; j < out.length(); j++) {
                char c = out.charAt(j);
                if (c == ' ') {
                    if (!space) sb.append(' ');
                    space = true;
                } else {
                    sb.append(c);
                    space = false;
                }
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    private static String special(int cp) {
        return switch (cp) {
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ß' -> "ss";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ʹ', 'ʺ', 'ʻ', 'ʼ', '\'', '’', '‘' -> "";
            default -> null;
        };
    }

    /** A heading split into its name and its dates: {@code Mozart, Wolfgang Amadeus, 1756-1791}. */
    public record Split(String name, String dates) {
        /** The years the dates name, in order. */
        public List<Integer> years() {
            List<Integer> out = new ArrayList<>(2);
            Matcher m = YEAR.matcher(dates);
            while (m.find()) out.add(Integer.parseInt(m.group()));
            return out;
        }

        /** Whether the dates are open at the end ({@code 1904-}). */
        public boolean open() {
            return dates.strip().endsWith("-");
        }
    }

    /** Splits off the dates that end a name heading, if any. */
    public static Split split(String heading) {
        String h = heading.strip();
        Matcher m = DATES.matcher(h);
        if (m.find() && m.start() > 0) {
            String name = h.substring(0, m.start()).strip();
            while (name.endsWith(","))
                name = name.substring(0, name.length() - 1).strip();
            return new Split(name, m.group(1).strip());
        }
        return new Split(h, "");
    }
}
