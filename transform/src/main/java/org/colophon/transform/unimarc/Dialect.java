package org.colophon.transform.unimarc;

import java.util.Locale;

/**
 * The MARC family a bibliographic record belongs to, seen from its own structure ({@link DialectDetector}): MARC 21,
 * or UNIMARC and its national profiles CNMARC (China) and RUSMARC (Russia), which share UNIMARC's tags and map
 * through the UNIMARC rules; and MAB2, which no rule set maps.
 */
public enum Dialect {
    MARC21,
    UNIMARC,
    CNMARC,
    RUSMARC,
    /**
     * MAB2, the German and Austrian exchange format (hbz's MABxml): neither MARC 21 nor UNIMARC. Told apart so that
     * such a record is quarantined with that reason instead of being read with another format's meanings.
     */
    MAB2;

    /** True for UNIMARC and its profiles. */
    public boolean isUnimarc() {
        return this == UNIMARC || this == CNMARC || this == RUSMARC;
    }

    /** The name used on the command line and in coverage: {@code marc21}, {@code unimarc}, {@code cnmarc}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A dialect by its {@link #label()}; {@code null} for a name that is none. */
    public static Dialect byLabel(String name) {
        for (Dialect d : values()) if (d.label().equalsIgnoreCase(name.strip())) return d;
        return null;
    }
}
