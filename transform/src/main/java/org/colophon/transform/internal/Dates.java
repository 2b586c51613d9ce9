package org.colophon.transform.internal;

/** Dates as MARC writes them (005, 008/00-05, yymmdd, yyyymmdd) turned into ISO 8601 / EDTF. */
final class Dates {
    private Dates() {}

    /** {@code 20110922103952.0} → {@code 2011-09-22T10:39:52}; null when it is not such a stamp. */
    static String dateTime005(String s) {
        String v = s.strip();
        if (v.length() < 14 || !digits(v, 0, 14)) return null;
        String iso = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8) + "T" + v.substring(8, 10)
                + ":" + v.substring(10, 12) + ":" + v.substring(12, 14);
        return validDate(v.substring(0, 8)) && Integer.parseInt(v.substring(8, 10)) < 24 ? iso : null;
    }

    /** {@code yyyymmdd}, {@code yyyy-mm-dd} or 008's {@code yymmdd} → {@code yyyy-mm-dd}; null otherwise. */
    static String isoDate(String s) {
        String v = s.strip().replace("-", "");
        if (v.length() == 6 && digits(v, 0, 6)) {
            int yy = Integer.parseInt(v.substring(0, 2));
            v = (yy > 60 ? "19" : "20") + v;
        }
        if (v.length() < 8 || !digits(v, 0, 8) || !validDate(v.substring(0, 8))) return null;
        return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
    }

    /** The first four-digit year in the text. */
    static String year(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (digits(s, i, i + 4)
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                return s.substring(i, i + 4);
            }
        }
        return null;
    }

    private static boolean validDate(String yyyymmdd) {
        int m = Integer.parseInt(yyyymmdd.substring(4, 6));
        int d = Integer.parseInt(yyyymmdd.substring(6, 8));
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    static boolean digits(String s, int from, int to) {
        if (to > s.length()) return false;
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
