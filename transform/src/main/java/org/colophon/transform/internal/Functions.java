package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
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
                Map.entry("timePeriod045", Functions::timePeriod045),
                Map.entry("originDate046", Functions::originDate046),
                Map.entry("validDate046", Functions::validDate046),
                Map.entry("policyDate", Functions::policyDate),
                Map.entry("nonfilingTitle", Functions::nonfilingTitle),
                Map.entry("relatedAuthorities", Functions::relatedAuthorities),
                Map.entry("geographicClass052", Functions::geographicClass052),
                Map.entry("nameLabel", UnimarcLabels::name),
                Map.entry("unimarcSubjectLabel", UnimarcLabels::subject),
                Map.entry("publicationStatement", UnimarcLabels::publication),
                Map.entry("seriesStatement", UnimarcLabels::series),
                Map.entry("editionStatement", UnimarcLabels::edition),
                Map.entry("responsibilityStatement", UnimarcLabels::responsibility),
                Map.entry("authorResponsibilityStatement", UnimarcLabels::authorResponsibility));
    }

    /** A 6XX heading as one label: the main part, then subdivisions $v $x $y $z after "--". */
    static List<Node> subjectLabel(RecordContext ctx, Scope sc) {
        return paired(ctx, sc, (f, from, to) -> heading(ctx, f));
    }

    /** The text a function makes of a field (or of the part {@code from}-{@code to} of it, a group), or null for none. */
    interface FieldText {
        String of(Field f, int from, int to);
    }

    /**
     * One label made by {@code text} of the scope's field, as the paired literals every text value gets: tagged as
     * vernacular when the field is an 880 of another script; as romanized beside its 880 partner's text when that is
     * in another script; else tagged by its own script.
     */
    static List<Node> paired(RecordContext ctx, Scope sc, FieldText text) {
        List<Node> out = new ArrayList<>(2);
        String own = text.of(sc.field(), sc.from(), sc.to());
        if (own == null) return out;
        if (sc.vernacularScript() != null) {
            out.add(ctx.literal(own, LangTags.vernacular(ctx.language, own, sc.vernacularScript())));
            return out;
        }
        String alt = sc.partner() == null ? null : text.of(sc.partner(), sc.partnerFrom(), sc.partnerTo());
        if (alt != null && LangTags.scriptOf(alt) != null) {
            out.add(ctx.literal(own, LangTags.romanized(ctx.language)));
            out.add(ctx.literal(alt, LangTags.vernacular(ctx.language, alt, ctx.linkage.vernacular.get(sc.partner()))));
        } else out.add(ctx.literal(own, ctx.scriptTag(own)));
        return out;
    }

    /** MARC 21's main part of a 6XX heading: every letter subfield but the subdivisions, $e (relator) and $4. */
    private static final IntPredicate MARC21_HEADING_PART = c -> Character.isLetter(c) && c != 'e' && c != '4';

    private static String heading(RecordContext ctx, Field f) {
        return heading(ctx, f, "vxyz", MARC21_HEADING_PART, (code, before, v) -> " ", false);
    }

    /** What goes before a main part of a heading: {@code v}, of subfield {@code code}, after {@code before}. */
    interface PartSeparator {
        String before(char code, CharSequence before, String v);
    }

    /**
     * A subject heading as one label, for MARC 21 (6XX) and UNIMARC (600-602 names) alike: the main part, its parts
     * joined by {@code separator}, then each subdivision after "--" (its punctuation trimmed). The main part loses
     * its final punctuation, and its left-to-right and right-to-left marks when {@code withoutBidiMarks}.
     *
     * @param subdivisions the subdivision codes: MARC 21's {@code vxyz}, UNIMARC's {@code jxyz}
     * @param part which other subfields make the main part
     */
    static String heading(
            RecordContext ctx,
            Field f,
            String subdivisions,
            IntPredicate part,
            PartSeparator separator,
            boolean withoutBidiMarks) {
        StringBuilder main = new StringBuilder();
        StringBuilder subs = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            char c = f.code(i);
            boolean subdivision = subdivisions.indexOf(c) >= 0;
            if (!subdivision && !part.test(c)) continue;
            String v = subdivision
                    ? TextSteps.trimPunctuation(f.value(i))
                    : f.value(i).strip();
            if (v.isEmpty()) continue;
            ctx.use(f, c);
            if (subdivision) subs.append("--").append(v);
            else {
                if (main.length() > 0) main.append(separator.before(c, main, v));
                main.append(v);
            }
        }
        if (main.length() == 0 && subs.length() == 0) return null;
        if (main.length() == 0) return subs.substring(2);
        String m = withoutBidiMarks ? UnimarcLabels.withoutBidiMarks(main) : main.toString();
        return TextSteps.trimPunctuation(m) + subs;
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

    private static final String EDTF = "http://id.loc.gov/datatypes/edtf";

    /**
     * 045 time periods as EDTF, as LoC's converter gives them: each {@code $a} time period code ({@code x1x3}, two
     * halves of MARC's table: a letter for the century, a digit for the decade) as the range the halves span
     * ({@code 191X/193X}; one value when they are the same); each {@code $b} formatted date ({@code d1865},
     * {@code c0221} before Christ: {@code -0221}), or, when the first indicator is 2, the range of the first two.
     */
    static List<Node> timePeriod045(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        List<Node> out = new ArrayList<>(2);
        for (String a : f.all('a')) {
            String period = period045(a.strip());
            if (period == null) continue;
            ctx.use(f, 'a');
            out.add(ctx.typed(period, EDTF));
        }
        List<String> dates = new ArrayList<>(2);
        for (String b : f.all('b')) {
            String d = date045(b.strip());
            if (d != null) dates.add(d);
        }
        if (!dates.isEmpty()) {
            ctx.use(f, 'b');
            if (f.ind1() == '2' && dates.size() >= 2) out.add(ctx.typed(dates.get(0) + "/" + dates.get(1), EDTF));
            else for (String d : dates) out.add(ctx.typed(d, EDTF));
        }
        return out;
    }

    /** A 045 {@code $a} code ({@code r7y1}) as EDTF ({@code 137X/201X}); null when it is no such code. */
    static String period045(String code) {
        if (code.length() != 2 && code.length() != 4) return null;
        String from = half045(code.substring(0, 2));
        String to = code.length() == 4 ? half045(code.substring(2, 4)) : from;
        if (from == null || to == null) return null;
        if (from.equals(to)) return from;
        // a0, before 2999 B.C., is itself a range: a range from it starts where it starts, one to it ends where it ends
        // (LoC joins the two as they are, "-XXXX/-3000/-19XX", which is no EDTF)
        int slash = from.indexOf('/');
        if (slash >= 0) from = from.substring(0, slash);
        slash = to.indexOf('/');
        if (slash >= 0) to = to.substring(slash + 1);
        return from + "/" + to;
    }

    /**
     * One half of a 045 {@code $a} code, by MARC's time period table: {@code a0} before 2999 B.C.; {@code b0}-{@code
     * d9} the centuries B.C. ({@code d7} {@code -02XX}); {@code e}-{@code y} the centuries A.D. from 0 to 2000, with
     * the decade's digit ({@code x1} {@code 191X}).
     */
    private static String half045(String h) {
        char c = h.charAt(0);
        char d = h.charAt(1);
        if (d < '0' || d > '9') return null;
        if (c == 'a') return d == '0' ? "-XXXX/-3000" : null;
        if (c >= 'b' && c <= 'd') {
            int century = 29 - (c - 'b') * 10 - (d - '0');
            return "-" + (century < 10 ? "0" : "") + century + "XX";
        }
        if (c >= 'e' && c <= 'y') {
            int century = c - 'e';
            return (century < 10 ? "0" : "") + century + d + "X";
        }
        return null;
    }

    /** A 045 {@code $b} date ({@code d18651014}, {@code c0221}) as EDTF ({@code 1865-10-14}, {@code -0221}). */
    static String date045(String b) {
        if (b.length() < 5 || (b.charAt(0) != 'c' && b.charAt(0) != 'd')) return null;
        for (int i = 1; i < b.length(); i++) if (!Character.isDigit(b.charAt(i))) return null;
        StringBuilder out = new StringBuilder(b.charAt(0) == 'c' ? "-" : "").append(b, 1, 5);
        if (b.length() >= 7) out.append('-').append(b, 5, 7);
        if (b.length() >= 9) out.append('-').append(b, 7, 9);
        if (b.length() >= 11) out.append('T').append(b, 9, 11);
        return out.toString();
    }

    /**
     * 046 {@code $k} (and {@code $l}), the date or dates a work was created, as the Work's EDTF origin date, as LoC's
     * converter gives it ({@code 1760/1878}); not when 008/06 says the dates are a reprint's ({@code r}).
     */
    static List<Node> originDate046(RecordContext ctx, Scope sc) {
        Field c008 = ctx.first("008");
        String d = c008 == null ? null : c008.data();
        if (d != null && d.length() > 6 && d.charAt(6) == 'r') return List.of();
        return range046(ctx, sc.field(), 'k', 'l');
    }

    /** 046 {@code $m} (and {@code $n}), the beginning and end of a validity, as an EDTF valid date, as LoC gives it. */
    static List<Node> validDate046(RecordContext ctx, Scope sc) {
        return range046(ctx, sc.field(), 'm', 'n');
    }

    /**
     * 506/540 {@code $g}, the date an access or use policy holds from, as an EDTF valid date, as LoC gives it: MARC's
     * {@code yyyymmdd} as {@code 2019-02-07}, a date already written with hyphens as it is ({@link #date046}).
     */
    static List<Node> policyDate(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        List<Node> out = new ArrayList<>(1);
        for (int i = sc.from(); i < sc.to(); i++) {
            if (f.code(i) != 'g') continue;
            String d = date046(f.value(i).strip());
            if (d == null) continue;
            ctx.use(f, 'g');
            out.add(ctx.typed(d, EDTF));
        }
        return out;
    }

    /**
     * A title's {@code $a} without the non-filing characters the first indicator counts ({@code 740 4_ $aThe Russian
     * charka} → {@code Russian charka}), trimmed of ISBD punctuation, as LoC gives a 740's title; an 880 partner by its
     * own indicator. An indicator that is no digit skips nothing.
     */
    static List<Node> nonfilingTitle(RecordContext ctx, Scope sc) {
        return paired(ctx, sc, (f, from, to) -> {
            String a = null;
            for (int i = from; i < to && a == null; i++) if (f.code(i) == 'a') a = f.value(i);
            if (a == null) return null;
            String text = nonfiling(a, f.ind1());
            if (text.isEmpty()) return null;
            ctx.use(f, 'a');
            return text;
        });
    }

    /**
     * A title without the non-filing characters the indicator counts ({@code 4}: "The music …" → "music …"), its
     * closing punctuation trimmed. A count that ends inside a word is a slip of the record's ({@code 1}: "Modern
     * Supreme Court." is not "odern …"), not an article: the title is kept whole, where LoC's converter cuts it.
     */
    static String nonfiling(String a, char ind) {
        int skip = ind >= '0' && ind <= '9' ? ind - '0' : 0;
        if (skip > 0
                && skip < a.length()
                && Character.isLetterOrDigit(a.charAt(skip - 1))
                && Character.isLetterOrDigit(a.charAt(skip))) skip = 0;
        return TextSteps.trimPunctuation(skip < a.length() ? a.substring(skip).strip() : "");
    }

    /**
     * The authority IRIs in the run of {@code $0} right after the group's own subfield (753 {@code $c DOS 1.1 $0
     * (uri)http://example.org/… $0 (uri)http://example.com/…}), but the first, which names the node ({@code <$0>}),
     * and any the same as it: the node's related authorities, as LoC gives them. Bare or written {@code (uri)http…}
     * ({@link NodeSpec#subfieldIri}).
     */
    static List<Node> relatedAuthorities(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        int i = sc.from();
        if (sc.groupBy() != 0) while (i < sc.to() && f.code(i) != sc.groupBy()) i++;
        List<Node> out = new ArrayList<>(1);
        String named = null;
        for (i++; i < sc.to() && f.code(i) == '0'; i++) {
            String iri = NodeSpec.subfieldIri(f.value(i));
            if (iri == null) continue;
            if (named == null) named = iri;
            else if (!iri.equals(named)) {
                ctx.use(f, '0');
                out.add(ctx.iri(iri));
            }
        }
        return out;
    }

    private static List<Node> range046(RecordContext ctx, Field f, char from, char to) {
        String start = f.first(from);
        String d1 = start == null ? null : date046(start.strip());
        if (d1 == null) return List.of();
        ctx.use(f, from);
        String end = f.first(to);
        String d2 = end == null ? null : date046(end.strip());
        if (d2 != null) ctx.use(f, to);
        return List.of(ctx.typed(d2 == null ? d1 : d1 + "/" + d2, EDTF));
    }

    /**
     * A 046 date, {@code yyyy[mm[dd[hhmmss[.f]]]]}, as EDTF ({@code 19991231235959.0} → {@code
     * 1999-12-31T23:59:59.0}, as LoC's converter writes it); a value that is not such digits (a date already in EDTF,
     * {@code $2 edtf}) as it is.
     */
    static String date046(String s) {
        if (s.isEmpty()) return null;
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) digits++;
        boolean marc = digits >= 4
                && digits <= 14
                && (digits == s.length() || digits == 14 && s.charAt(14) == '.')
                && digits != 5
                && digits != 7
                && digits != 9
                && digits != 11
                && digits != 13;
        if (!marc) return s;
        StringBuilder out = new StringBuilder(s.substring(0, 4));
        if (digits >= 6) out.append('-').append(s, 4, 6);
        if (digits >= 8) out.append('-').append(s, 6, 8);
        if (digits >= 10) out.append('T').append(s, 8, 10);
        if (digits >= 12) out.append(':').append(s, 10, 12);
        if (digits >= 14) out.append(':').append(s, 12, s.length());
        return out.toString();
    }

    /**
     * 052 geographic classification (first indicator blank: LoC's G schedule) as the class's IRI, as LoC's converter
     * gives it: the area ({@code $a 4362}) and each subarea ({@code $b C6}) as {@code …/classification/G4362.C6}, or
     * the area alone when there is no subarea.
     */
    static List<Node> geographicClass052(RecordContext ctx, Scope sc) {
        Field f = sc.field();
        String a = f.first('a');
        if (a == null || a.isBlank()) return List.of();
        String area = "http://id.loc.gov/authorities/classification/G" + a.strip();
        List<Node> out = new ArrayList<>(1);
        for (String b : f.all('b')) {
            if (b.isBlank() || !ValueMaker.isHttp(area + "." + b.strip())) continue;
            ctx.use(f, 'b');
            out.add(ctx.iri(area + "." + b.strip()));
        }
        if (out.isEmpty() && f.first('b') == null && ValueMaker.isHttp(area)) out.add(ctx.iri(area));
        if (!out.isEmpty()) ctx.use(f, 'a');
        return out;
    }
}
