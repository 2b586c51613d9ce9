package org.colophon.authority;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key per identifier, however a record writes it, so {@code $0}/{@code $1} find the authority that carries it:
 * {@code (DLC)n  79021164}, {@code n79021164} from 010, {@code http://id.loc.gov/authorities/names/n79021164(.html)}
 * are all {@code lccn:n79021164}; {@code (DE-588)118540238} and {@code https://d-nb.info/gnd/118540238} are
 * {@code gnd:118540238}; VIAF, ISNI and ORCID IRIs likewise.
 */
public final class Identifiers {
    private Identifiers() {}

    private static final Pattern LOC =
            Pattern.compile("https?://id\\.loc\\.gov/(?:authorities|rwo)/(?:names|subjects|genreForms)/([a-z]+[0-9]+)"
                    + "(?:\\.[a-z]+)?(?:#.*)?");
    private static final Pattern GND = Pattern.compile("https?://d-nb\\.info/gnd/([0-9X-]+)(?:/about.*)?");
    private static final Pattern VIAF = Pattern.compile("https?://(?:www\\.)?viaf\\.org/viaf/([0-9]+)/?");
    private static final Pattern ISNI = Pattern.compile("https?://(?:www\\.)?isni\\.org/isni/([0-9X ]+)");
    private static final Pattern ORCID = Pattern.compile("https?://orcid\\.org/([0-9X-]+)");
    private static final Pattern PREFIXED = Pattern.compile("\\(([^)]+)\\)\\s*(.+)");

    /** The key of one identifier as a record writes it, or null when it is not one we can compare. */
    public static String key(String raw) {
        if (raw == null) return null;
        String v = raw.strip();
        if (v.isEmpty()) return null;
        Matcher m;
        if ((m = LOC.matcher(v)).matches()) return "lccn:" + m.group(1);
        if ((m = GND.matcher(v)).matches()) return "gnd:" + m.group(1);
        if ((m = VIAF.matcher(v)).matches()) return "viaf:" + m.group(1);
        if ((m = ISNI.matcher(v)).matches()) return "isni:" + m.group(1).replace(" ", "");
        if ((m = ORCID.matcher(v)).matches()) return "orcid:" + m.group(1);
        if ((m = PREFIXED.matcher(v)).matches()) {
            String org = m.group(1).strip();
            String id = m.group(2).replaceAll("\\s+", "");
            return switch (org.toUpperCase(Locale.ROOT)) {
                case "DLC" -> "lccn:" + id;
                case "DE-588", "DE-101" -> "gnd:" + id;
                case "VIAF" -> "viaf:" + id;
                case "ISNI" -> "isni:" + id;
                case "ORCID" -> "orcid:" + id;
                default -> "(" + org + ")" + id;
            };
        }
        if (v.startsWith("http://") || v.startsWith("https://")) return v;
        return null;
    }

    /** The key of an LCCN as 010 $a gives it ({@code n  50043095}). */
    public static String lccn(String raw) {
        String v = raw.replaceAll("\\s+", "");
        return v.isEmpty() ? null : "lccn:" + v;
    }
}
