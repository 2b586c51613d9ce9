package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.colophon.transform.marc.Field;

/** The named functions rules may call as {@code fn:name}. Each is small and reads like the rule that uses it. */
public final class Functions {
    private Functions() {}

    public static Map<String, RuleFunction> all() {
        return Map.ofEntries(
                Map.entry("subjectLabel", Functions::subjectLabel),
                Map.entry("date008", Functions::date008),
                Map.entry("localIdValue", Functions::localIdValue),
                Map.entry("localIdAssigner", Functions::localIdAssigner),
                Map.entry("fieldText", Functions::fieldText),
                Map.entry("recordTitle", Functions::recordTitle),
                Map.entry("languageTag", Functions::languageTag),
                Map.entry("captureDate", Functions::captureDate),
                Map.entry("capturePlace", Functions::capturePlace),
                Map.entry("nameLabel", UnimarcLabels::name),
                Map.entry("unimarcSubjectLabel", UnimarcLabels::subject),
                Map.entry("publicationStatement", UnimarcLabels::publication),
                Map.entry("seriesStatement", UnimarcLabels::series),
                Map.entry("editionStatement", UnimarcLabels::edition));
    }

    /** A 6XX heading as one label: the main part, then subdivisions $v $x $y $z after "--". */
    static List<Node> subjectLabel(RecordContext ctx, Scope sc) {
        List<Node> out = new ArrayList<>(2);
        String own = heading(ctx, sc.field());
        if (own == null) return out;
        if (sc.vernacularScript() != null) {
            out.add(ctx.literal(own, LangTags.vernacular(ctx.language, own, sc.vernacularScript())));
            return out;
        }
        String alt = sc.partner() == null ? null : heading(ctx, sc.partner());
        if (alt != null && LangTags.scriptOf(alt) != null) {
            out.add(ctx.literal(own, LangTags.romanized(ctx.language)));
            out.add(ctx.literal(alt, LangTags.vernacular(ctx.language, alt, ctx.linkage.vernacular.get(sc.partner()))));
        } else out.add(ctx.literal(own, ctx.scriptTag(own)));
        return out;
    }

    private static String heading(RecordContext ctx, Field f) {
        StringBuilder main = new StringBuilder();
        StringBuilder subs = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            char c = f.code(i);
            boolean subdivision = c == 'v' || c == 'x' || c == 'y' || c == 'z';
            boolean part = Character.isLetter(c) && !subdivision && c != 'e' && c != '4';
            if (!subdivision && !part) continue;
            String v = subdivision
                    ? TextSteps.trimPunctuation(f.value(i))
                    : f.value(i).strip();
            if (v.isEmpty()) continue;
            ctx.use(f, c);
            if (subdivision) subs.append("--").append(v);
            else {
                if (main.length() > 0) main.append(' ');
                main.append(v);
            }
        }
        if (main.length() == 0 && subs.length() == 0) return null;
        if (main.length() == 0) return subs.substring(2);
        return TextSteps.trimPunctuation(main.toString()) + subs;
    }

    /**
     * 008/06-14 as an EDTF date, as LoC's converter reads the type of date: a single year, a range, an open range
     * ({@code c}, or {@code 9999}: {@code 1990/..}); a questionable date ({@code q}) is approximate at both ends
     * ({@code 1801~/1803~}); an unknown one ({@code n}, or the end of a serial of unknown status {@code u}) is
     * {@code XXXX}; {@code u} in a year becomes {@code X}.
     */
    static List<Node> date008(RecordContext ctx, Scope sc) {
        String f = sc.field().data();
        if (f == null || f.length() < 15) return List.of();
        ctx.use(sc.field(), '@');
        char type = f.charAt(6);
        String d1 = edtfYear(f.substring(7, 11));
        String d2 = edtfYear(f.substring(11, 15));
        boolean open = f.substring(11, 15).equals("9999");
        // an end year not known at all ("uuuu") is still an end: unspecified, not open
        if (d2 == null && f.substring(11, 15).equals("uuuu")) d2 = "XXXX";
        String value =
                switch (type) {
                    case 's', 'r', 't', 'b', 'p' -> d1;
                    case 'e' -> {
                        String mmdd = f.substring(11, 15);
                        if (d1 != null && Dates.digits(mmdd, 0, 2) && !mmdd.startsWith("00")) {
                            String m = d1 + "-" + mmdd.substring(0, 2);
                            yield Dates.digits(mmdd, 2, 4) && !mmdd.endsWith("00") ? m + "-" + mmdd.substring(2, 4) : m;
                        }
                        yield d1;
                    }
                    case 'm', 'i', 'k', 'd', '|' -> range(d1, open ? ".." : d2);
                    case 'c' -> range(d1, "..");
                    case 'u' -> range(d1, open ? ".." : d2 == null ? "XXXX" : d2);
                    case 'q' -> d1 == null ? null : d2 == null || d2.equals(d1) ? d1 + "~" : d1 + "~/" + d2 + "~";
                    case 'n' -> d1 == null ? "XXXX" : range(d1, d2);
                    default -> null;
                };
        if (value == null) return List.of();
        return List.of(ctx.typed(value, "http://id.loc.gov/datatypes/edtf"));
    }

    private static String range(String from, String to) {
        if (from == null) return null;
        return to == null || to.equals(from) ? from : from + "/" + to;
    }

    private static String edtfYear(String s) {
        if (s.isBlank() || s.indexOf('|') >= 0 || s.equals("9999")) return null;
        String t = s.replace('u', 'X').replace('-', 'X');
        for (int i = 0; i < 4; i++) if (!Character.isDigit(t.charAt(i)) && t.charAt(i) != 'X') return null;
        return t.equals("XXXX") ? null : t;
    }

    /**
     * 033 {@code $a}, the date and time of an event ({@code yyyymmddhhmm+hhmm}, a hyphen for each unknown digit), as
     * EDTF, as LoC's converter reads the first indicator: one date (0), each {@code $a} a date (1), or the range they
     * span (2). {@code 197809102000-0400} → {@code 1978-09-10T20:00:00-04:00}, {@code 1935----} → {@code 1935-XX-XX}.
     */
    static List<Node> captureDate(RecordContext ctx, Scope sc) {
        char kind = sc.field().ind1();
        if (kind != '0' && kind != '1' && kind != '2') return List.of();
        List<String> dates = new ArrayList<>(2);
        for (String a : sc.field().all('a')) {
            String d = edtf033(a.strip());
            if (d != null) dates.add(d);
        }
        if (dates.isEmpty()) return List.of();
        ctx.use(sc.field(), 'a');
        List<String> values =
                kind == '0' ? dates.subList(0, 1) : kind == '1' ? dates : List.of(String.join("/", dates));
        List<Node> out = new ArrayList<>(values.size());
        for (String v : values) out.add(ctx.typed(v, "http://id.loc.gov/datatypes/edtf"));
        return out;
    }

    /** {@code yyyymmdd[hhmm[+hhmm]]}, hyphens for unknown digits, as EDTF; null when it is no such date. */
    static String edtf033(String s) {
        if (s.length() < 4 || s.length() > 17) return null;
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i < 12 && c == '-') d.append('X');
            else if (Character.isDigit(c) || i == 12 && (c == '+' || c == '-')) d.append(c);
            else return null;
        }
        String t = d.toString();
        StringBuilder out = new StringBuilder(t.substring(0, 4));
        if (t.length() >= 6) out.append('-').append(t, 4, 6);
        if (t.length() >= 8) out.append('-').append(t, 6, 8);
        if (t.length() >= 12)
            out.append('T').append(t, 8, 10).append(':').append(t, 10, 12).append(":00");
        if (t.length() == 17) out.append(t, 12, 15).append(':').append(t, 15, 17);
        return out.toString();
    }

    /**
     * 033 {@code $b} and the {@code $c} after it, a geographic area and subarea of the G schedule of LoC's
     * classification, as that class's IRI ({@code 6714} {@code R7} → {@code …/classification/G6714.R7}).
     */
    static List<Node> capturePlace(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        List<Node> out = new ArrayList<>(1);
        for (int i = sc.from(); i < sc.to(); i++) {
            if (f.code(i) != 'b') continue;
            String area = f.value(i).strip();
            if (area.isEmpty()) continue;
            ctx.use(f, 'b');
            if (i + 1 < sc.to() && f.code(i + 1) == 'c' && !f.value(i + 1).isBlank()) {
                area = area + "." + f.value(i + 1).strip();
                ctx.use(f, 'c');
            }
            String iri = "http://id.loc.gov/authorities/classification/G" + area;
            if (ValueMaker.isHttp(iri)) out.add(ctx.iri(iri));
        }
        return out;
    }

    /** 035 and 016: {@code (OCoLC)ocm12345} → {@code 12345}; other values as they are. */
    static List<Node> localIdValue(RecordContext ctx, Scope sc) {
        List<Node> out = new ArrayList<>(1);
        String a = first(sc, 'a');
        if (a == null) return out;
        ctx.use(sc.field(), 'a');
        String v = a.strip();
        String org = orgPrefix(v);
        if (org != null) v = v.substring(v.indexOf(')') + 1).strip();
        // an OCLC number keeps its ocm/ocn/on prefix, as LoC's converter keeps it
        if (!v.isEmpty()) out.add(ctx.literal(v, null));
        return out;
    }

    /** The organization in parentheses before a control number, as an id.loc.gov organizations IRI. */
    static List<Node> localIdAssigner(RecordContext ctx, Scope sc) {
        String a = first(sc, 'a');
        String org = a == null ? null : orgPrefix(a.strip());
        if (org == null || org.isEmpty() || !org.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
            return List.of();
        }
        return List.of(ctx.iri("http://id.loc.gov/vocabulary/organizations/" + org.toLowerCase(Locale.ROOT)));
    }

    /**
     * The record's own title proper, its 245 {@code $a} and {@code $b} joined (ISBD punctuation trimmed): the title
     * of a linked resource that is this same resource in another edition or form (775, 776 without {@code $t}), as
     * LoC's converter titles it. The 245 is not marked read here: its own rule reads it.
     */
    static List<Node> recordTitle(RecordContext ctx, Scope sc) {
        Field f = ctx.first("245");
        if (f == null || f.isControl()) return List.of();
        List<String> joined = Scope.extract(f, 0, f.size(), "ab");
        if (joined.isEmpty()) return List.of();
        String text = TextSteps.trimPunctuation(joined.get(0).strip());
        if (text.isEmpty()) return List.of();
        return List.of(ctx.literal(text, ctx.scriptTag(text)));
    }

    /** The whole field as cataloguers write it, {@code 245 10 $a…}, for fields kept verbatim. */
    static List<Node> fieldText(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        StringBuilder sb = new StringBuilder();
        for (int i = sc.from(); i < sc.to(); i++) {
            if (f.code(i) == '6') continue;
            ctx.use(f, f.code(i));
            if (sb.length() > 0) sb.append(' ');
            sb.append(f.value(i).strip());
        }
        if (sb.length() == 0) return List.of();
        String text = sb.toString();
        return List.of(ctx.literal(text, ctx.scriptTag(text)));
    }

    /**
     * A language written as a BCP 47 tag ({@code en}, {@code en-US}, {@code zh-Hans}) as the id.loc.gov language
     * whose BCP 47 subtag is its primary subtag; values that are not such tags give nothing.
     */
    static List<Node> languageTag(RecordContext ctx, Scope sc) {
        List<Node> out = new ArrayList<>(1);
        Field f = sc.field();
        for (int i = sc.from(); i < sc.to(); i++) {
            if (f.code(i) != 'a') continue;
            ctx.use(f, 'a');
            String v = f.value(i).strip();
            if (!v.matches("[A-Za-z]{2}([-_][A-Za-z0-9]{1,8})*")) continue;
            String iri = ctx.lookup.iriByAttribute("languages", "bcp47", v.substring(0, 2));
            if (iri != null) out.add(ctx.iri(iri));
        }
        return out;
    }

    private static String orgPrefix(String v) {
        if (!v.startsWith("(")) return null;
        int close = v.indexOf(')');
        return close > 1 ? v.substring(1, close) : null;
    }

    private static String first(Scope sc, char code) {
        Field f = sc.field();
        for (int i = sc.from(); i < sc.to(); i++) if (f.code(i) == code) return f.value(i);
        return null;
    }
}
