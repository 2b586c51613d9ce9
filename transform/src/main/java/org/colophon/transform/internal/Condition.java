package org.colophon.transform.internal;

import java.util.Set;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * A test on a field or its record, written in a rule after {@code if}: {@code ind1=0}, {@code ind2=0|1|#},
 * {@code has $t} ({@code has $vxyz}: any of them), {@code no $t}, {@code $a^=(ocolc)} (starts with), {@code $2=clc|lcsh}, {@code ldr/06=a|t}, {@code 008/23=o|s}, {@code 008/06!=i|k} (none of these; of a data field: its {@code $a}, as UNIMARC's {@code 100/08=d}), {@code tag=100|700},
 * {@code field=130|240} (the record has one of these fields), {@code nofield=130|240}, {@code field=046$k} (the
 * record has a 046 with a {@code $k}; {@code nofield=046$k}: it has none), {@code none} (no
 * earlier line gave the property a value: a default), {@code first} / {@code later} (the field is / is not the first
 * of its tag in the record), {@code $a~=isbn|issn} (a value is of one of these {@link ValueKinds kinds}), {@code $a~=!date} (no value is).
 * Tags compare without regard to case, so Dublin Core names such as {@code isPartOf} read as written.
 * A {@code #} in a value set stands for a blank.
 */
public record Condition(
        Kind kind,
        String codes,
        String tag,
        int from,
        int to,
        Set<String> values,
        boolean[] tags,
        CodeSet codeSet,
        boolean[] chars,
        boolean emptyIn,
        int tagNumber) {

    /**
     * A condition; for {@code tag=} whose tags are all three digits, the tags are also kept as a table by tag number
     * ({@link #tags}), so a field's tag is tested without lower-casing and hashing it. Made once with it, for the
     * tests every field takes: the codes of {@code has}/{@code no} as a {@link CodeSet}; for a test of one character
     * (an indicator, one position of the leader or a control field) the values of one ASCII character as a table by
     * character ({@link #chars}) and whether the empty text is among them ({@link #emptyIn}: a position past the end
     * reads as empty); and the number of a three-digit tag whose positions are tested ({@link #tagNumber}, else -1).
     */
    public Condition(Kind kind, String codes, String tag, int from, int to, Set<String> values) {
        this(
                kind,
                codes,
                tag,
                from,
                to,
                values,
                kind == Kind.TAG ? byNumber(values) : null,
                kind == Kind.HAS || kind == Kind.NO ? CodeSet.of(codes) : null,
                oneCharacter(kind, from, to) ? byCharacter(values) : null,
                values.contains(""),
                tag == null ? -1 : RecordMapper.number(tag));
    }

    /** Whether the test reads one character: an indicator, or one position of the leader or a control field. */
    private static boolean oneCharacter(Kind kind, int from, int to) {
        return switch (kind) {
            case IND1, IND2 -> true;
            case LEADER, CONTROL, NOT_CONTROL -> from == to;
            default -> false;
        };
    }

    /** The values that are one ASCII character, as a table by character. */
    private static boolean[] byCharacter(Set<String> values) {
        boolean[] out = new boolean[128];
        for (String v : values) if (v.length() == 1 && v.charAt(0) < 128) out[v.charAt(0)] = true;
        return out;
    }

    /** Whether the one-character text {@code c} is among the values. */
    private boolean holdsChar(char c) {
        return c < 128 ? chars[c] : values.contains(String.valueOf(c));
    }

    /** Whether position {@link #from} of {@code s} (a blank for '#', empty past the end) is among the values. */
    private boolean holdsAt(String s) {
        if (from >= s.length()) return emptyIn;
        char c = s.charAt(from);
        return holdsChar(c == '#' ? ' ' : c);
    }

    /** {@code 100|700} → a table with slots 100 and 700 set; {@code null} when a value is not a three-digit tag. */
    private static boolean[] byNumber(Set<String> values) {
        boolean[] out = new boolean[1000];
        for (String v : values) {
            int n = RecordMapper.number(v);
            if (n < 0) return null;
            out[n] = true;
        }
        return out;
    }

    public enum Kind {
        IND1,
        IND2,
        HAS,
        NO,
        SUBFIELD_EQUALS,
        SUBFIELD_PREFIX,
        NOT_SUBFIELD_PREFIX,
        LEADER,
        CONTROL,
        /** The positions of a control field hold none of the values ({@code 008/06!=i|k|p}). */
        NOT_CONTROL,
        TAG,
        FIELD,
        NO_FIELD,
        /** The field is the first with its tag in the record. */
        FIRST,
        /** The field is not the first with its tag in the record. */
        LATER,
        /** A value of the subfield is of one of the named kinds ({@link ValueKinds}). */
        SUBFIELD_KIND,
        /** No value of the subfield is of any of the named kinds. */
        NOT_SUBFIELD_KIND,
        /** No earlier line gave this property a value on this node (checked by the mapper). */
        NONE
    }

    /** Whether the field, in the record {@code ctx} maps, passes the test. */
    public boolean test(Field field, RecordContext ctx) {
        MarcRecord record = ctx.record;
        return switch (kind) {
            case IND1 -> holdsChar(field.ind1());
            case IND2 -> holdsChar(field.ind2());
            case HAS -> ctx.hasAny(field, codeSet);
            case NO -> !ctx.hasAny(field, codeSet);
            case SUBFIELD_EQUALS -> {
                char code = codes.charAt(0);
                for (int i = 0, n = field.size(); i < n; i++)
                    if (field.code(i) == code
                            && values.contains(field.value(i).strip().toLowerCase(java.util.Locale.ROOT))) yield true;
                yield false;
            }
            case SUBFIELD_PREFIX -> {
                char code = codes.charAt(0);
                for (int i = 0, n = field.size(); i < n; i++) {
                    if (field.code(i) != code) continue;
                    String lower = field.value(i).strip().toLowerCase(java.util.Locale.ROOT);
                    for (String prefix : values) if (lower.startsWith(prefix)) yield true;
                }
                yield false;
            }
            case NOT_SUBFIELD_PREFIX -> {
                char code = codes.charAt(0);
                for (int i = 0, n = field.size(); i < n; i++) {
                    if (field.code(i) != code) continue;
                    String lower = field.value(i).strip().toLowerCase(java.util.Locale.ROOT);
                    for (String prefix : values) if (lower.startsWith(prefix)) yield false;
                }
                yield true;
            }
            case LEADER -> chars != null ? holdsAt(record.leader()) : values.contains(slice(record.leader(), from, to));
            case CONTROL -> {
                String data = positioned(ctx);
                yield data != null && (chars != null ? holdsAt(data) : values.contains(slice(data, from, to)));
            }
            case NOT_CONTROL -> {
                String data = positioned(ctx);
                yield data != null && !(chars != null ? holdsAt(data) : values.contains(slice(data, from, to)));
            }
            case TAG -> {
                if (tags == null) yield values.contains(field.tag().toLowerCase(java.util.Locale.ROOT));
                int n = RecordMapper.number(field.tag());
                yield n >= 0 && tags[n];
            }
            case FIELD -> anyField(ctx);
            case NO_FIELD -> !anyField(ctx);
            case NONE -> true;
            case FIRST -> isFirst(field, ctx);
            case LATER -> !isFirst(field, ctx);
            case SUBFIELD_KIND -> {
                char code = codes.charAt(0);
                for (int i = 0, n = field.size(); i < n; i++) {
                    if (field.code(i) != code) continue;
                    for (String kind : values) if (ValueKinds.is(kind, field.value(i))) yield true;
                }
                yield false;
            }
            case NOT_SUBFIELD_KIND -> {
                char code = codes.charAt(0);
                for (int i = 0, n = field.size(); i < n; i++) {
                    if (field.code(i) != code) continue;
                    for (String kind : values) if (ValueKinds.is(kind, field.value(i))) yield false;
                }
                yield true;
            }
        };
    }

    /**
     * The text whose positions a {@code TAG/nn} test reads: a control field's data, or for a data field its first
     * {@code $a} (UNIMARC keeps its coded data there: {@code 100/08=d} reads 100 $a/8).
     */
    static String positioned(RecordContext ctx, String tag) {
        Field f = ctx.first(tag);
        if (f == null) return null;
        return f.isControl() ? f.data() : f.first('a');
    }

    /** {@link #positioned(RecordContext, String)} of this condition's tag, found by its number when it has one. */
    private String positioned(RecordContext ctx) {
        if (tagNumber < 0) return positioned(ctx, tag);
        Field f = ctx.first(tagNumber);
        if (f == null) return null;
        return f.isControl() ? f.data() : f.first('a');
    }

    private boolean anyField(RecordContext ctx) {
        // three-digit tags are looked up in the record's index; a name with letters is compared without case; a tag
        // with subfields (046$k) asks for a field of that tag holding one of them
        for (String v : values) {
            int dollar = v.indexOf('$');
            if (dollar > 0) {
                if (anyFieldWith(ctx, v.substring(0, dollar), v.substring(dollar + 1))) return true;
                continue;
            }
            if (RecordMapper.number(v) < 0) return anyFieldByName(ctx.record);
            if (ctx.first(v) != null) return true;
        }
        return false;
    }

    /** Whether a field with this tag (any case) holds a subfield with one of the codes. */
    private static boolean anyFieldWith(RecordContext ctx, String tag, String codes) {
        if (RecordMapper.number(tag) >= 0 && ctx.first(tag) == null) return false;
        for (var f : ctx.record.fields()) {
            if (f.isControl() || !f.tag().equalsIgnoreCase(tag)) continue;
            for (int i = 0, n = f.size(); i < n; i++) if (codes.indexOf(f.code(i)) >= 0) return true;
        }
        return false;
    }

    private boolean anyFieldByName(MarcRecord record) {
        for (var f : record.fields()) if (values.contains(f.tag().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static boolean isFirst(Field field, RecordContext ctx) {
        Field first = ctx.first(field.tag());
        return first == null || first == field;
    }

    static String slice(String s, int from, int to) {
        if (from >= s.length()) return "";
        if (from == to) return one(s.charAt(from) == '#' ? ' ' : s.charAt(from));
        // '#' for a blank, as some systems write fixed fields (Alma's "1920####xx####"): read as the blank it stands
        // for
        return s.substring(from, Math.min(to + 1, s.length())).replace('#', ' ');
    }

    /** One-character strings of ASCII, made once: indicator and fixed-field tests run for every field. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = String.valueOf(c);
    }

    private static String one(char c) {
        return c < 128 ? ASCII[c] : String.valueOf(c);
    }
}
