package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.colophon.transform.Coverage;
import org.colophon.transform.marc.Field;

/**
 * Runs compiled rules over one record. Rules are indexed by tag; each field is read once per rule that names its
 * tag, group by group, and every value read from a field with an 880 partner is given again from the partner in the
 * vernacular, so both forms sit on the same node.
 */
public final class RecordMapper {
    private final Map<String, List<Rule>> byTag = new HashMap<>();
    private final Map<String, RuleFunction> functions;
    private final ValueMaker values = new ValueMaker();

    /** The same rules by numeric tag ({@code 245} → slot 245), so fields find theirs without hashing the tag. */
    private final List<?>[] byNumber = new List<?>[1000];

    /** Whether every record gets a Work and an Instance (bibliographic rules) or only what the rules make. */
    private final boolean bibliographic;

    /** What each line cost ({@link LineCounts}), or null: then no clock is read and nothing is counted. */
    private final LineCounts counts;

    public RecordMapper(List<Rule> rules, Map<String, RuleFunction> functions) {
        this(rules, functions, true);
    }

    public RecordMapper(List<Rule> rules, Map<String, RuleFunction> functions, boolean bibliographic) {
        this(rules, functions, bibliographic, null);
    }

    /** A mapper that counts, per rule line, what it ran and what that cost into {@code counts} (when not null). */
    public RecordMapper(
            List<Rule> rules, Map<String, RuleFunction> functions, boolean bibliographic, LineCounts counts) {
        this.bibliographic = bibliographic;
        this.functions = functions;
        this.counts = counts;
        for (Rule r : rules)
            for (String t : r.tags())
                byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        byTag.forEach((tag, list) -> {
            int n = number(tag);
            if (n >= 0) byNumber[n] = list;
        });
    }

    /** {@code "245"} → 245; -1 for a tag that is not three digits. */
    static int number(String tag) {
        if (tag.length() != 3) return -1;
        int a = tag.charAt(0) - '0';
        int b = tag.charAt(1) - '0';
        int c = tag.charAt(2) - '0';
        if ((a | b | c) < 0 || a > 9 || b > 9 || c > 9) return -1;
        return a * 100 + b * 10 + c;
    }

    @SuppressWarnings("unchecked")
    private List<Rule> rulesFor(String tag) {
        int n = number(tag);
        return n >= 0 ? (List<Rule>) byNumber[n] : byTag.get(tag);
    }

    public void map(RecordContext ctx) {
        if (counts == null) {
            mapRecord(ctx);
            return;
        }
        long t0 = System.nanoTime();
        mapRecord(ctx);
        counts.record(System.nanoTime() - t0);
    }

    private void mapRecord(RecordContext ctx) {
        if (!bibliographic) {
            fields(ctx);
            return;
        }
        ctx.anchor("Work");
        Node instance = ctx.anchor("Instance");
        ctx.add(ctx.anchor("Work"), ctx.iri(RecordContext.RDF_TYPE), ctx.iri(BF + "Work"));
        ctx.add(instance, ctx.iri(RecordContext.RDF_TYPE), ctx.iri(BF + "Instance"));
        ctx.add(instance, ctx.iri(BF + "instanceOf"), ctx.anchor("Work"));
        ctx.add(ctx.anchor("Work"), ctx.iri(BF + "hasInstance"), instance);
        List<Rule> leaderRules = byTag.get("LDR");
        if (leaderRules != null) leader(ctx, leaderRules);
        fields(ctx);
    }

    private void leader(RecordContext ctx, List<Rule> leaderRules) {
        Field leader = Field.control("LDR", ctx.record.leader());
        if (counts == null) {
            for (int i = 0; i < leaderRules.size(); i++) apply(ctx, leaderRules.get(i), leader, null, null);
            return;
        }
        int mark = ctx.mark();
        long t0 = System.nanoTime();
        for (int i = 0; i < leaderRules.size(); i++) apply(ctx, leaderRules.get(i), leader, null, null);
        counts.field("LDR", System.nanoTime() - t0, ctx.mark() - mark);
    }

    private void fields(RecordContext ctx) {
        List<Rule> leaderRules = bibliographic ? null : byTag.get("LDR");
        if (leaderRules != null) leader(ctx, leaderRules);
        List<Field> fields = ctx.linkage.fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            List<Rule> rules = rulesFor(f.tag());
            if (rules == null) continue;
            Field partner = ctx.linkage.partner.get(f);
            String script = ctx.linkage.vernacular.get(f);
            if (counts == null) {
                for (int j = 0; j < rules.size(); j++) apply(ctx, rules.get(j), f, partner, script);
                continue;
            }
            int mark = ctx.mark();
            long t0 = System.nanoTime();
            for (int j = 0; j < rules.size(); j++) apply(ctx, rules.get(j), f, partner, script);
            counts.field(f.tag(), System.nanoTime() - t0, ctx.mark() - mark);
        }
    }

    static final String BF = org.colophon.vocab.BF.NS;
    private static final Node RDF_TYPE = org.apache.jena.graph.NodeFactory.createURI(RecordContext.RDF_TYPE);

    /**
     * Applies a rule to a field ({@code partner}: its 880; {@code script}: an 880's vernacular script, or null). The
     * rule's conditions read only the field and its record, so they are tested once here, before any scope or group
     * is made: most rules on the fixed fields fail them for most records. The anchor is asked for first, as before,
     * since making the AdminMetadata adds a triple.
     */
    private void apply(RecordContext ctx, Rule rule, Field field, Field partner, String script) {
        if (counts == null) {
            applyRule(ctx, rule, field, partner, script);
            return;
        }
        // a rule's header line counts the rule as a whole on each field; the lines below count themselves
        long outer = ctx.childNanos;
        ctx.childNanos = 0;
        int mark = ctx.mark();
        long t0 = System.nanoTime();
        try {
            applyRule(ctx, rule, field, partner, script);
        } finally {
            long total = System.nanoTime() - t0;
            counts.line(counts.slot(rule.line()), ctx.mark() > mark, total - ctx.childNanos, total);
            ctx.childNanos = outer + total;
        }
    }

    private void applyRule(RecordContext ctx, Rule rule, Field field, Field partner, String script) {
        if (rule.groupBy() == 0 || field.isControl()) {
            Node anchor = ctx.anchor(rule.anchor());
            if (!holds(ctx, rule.line(), field)) return;
            Scope scope = new Scope(
                    field, 0, field.size(), partner, 0, partner == null ? 0 : partner.size(), script, 0, (char) 0);
            line(ctx, anchor, rule.line(), scope, false, 0);
            return;
        }
        int[] starts = starts(field, rule.groupBy());
        if (starts.length == 0) return;
        Node anchor = ctx.anchor(rule.anchor());
        if (!holds(ctx, rule.line(), field)) return;
        int[] pStarts = partner == null ? NO_GROUPS : starts(partner, rule.groupBy());
        for (int g = 0; g < starts.length; g++) {
            int from = g == 0 ? 0 : starts[g];
            int to = g + 1 < starts.length ? starts[g + 1] : field.size();
            int pFrom = 0;
            int pTo = 0;
            if (g < pStarts.length) {
                pFrom = g == 0 ? 0 : pStarts[g];
                pTo = g + 1 < pStarts.length ? pStarts[g + 1] : partner.size();
            }
            Scope scope = new Scope(
                    field, from, to, g < pStarts.length ? partner : null, pFrom, pTo, script, g, rule.groupBy());
            line(ctx, anchor, rule.line(), scope, false, 0);
        }
    }

    private static final int[] NO_GROUPS = new int[0];

    private static int[] starts(Field f, char code) {
        int n = 0;
        for (int i = 0; i < f.size(); i++) if (f.code(i) == code) n++;
        if (n == 0) return NO_GROUPS;
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < f.size(); i++) if (f.code(i) == code) out[n++] = i;
        return out;
    }

    /**
     * Applies one line; returns whether it gave a value. A failure names the line's {@code file:line}.
     *
     * @param test whether the line's conditions are still to be tested (false: the caller tested them)
     * @param floor the number of triples the record had when {@code subject} was made, when it is a blank node the
     *     line's node made (no triple before that one can be about it), else 0
     */
    private boolean line(RecordContext ctx, Node subject, PropertyLine line, Scope scope, boolean test, int floor) {
        if (counts == null || !test) return uncounted(ctx, subject, line, scope, test, floor);
        long outer = ctx.childNanos;
        ctx.childNanos = 0;
        long t0 = System.nanoTime();
        boolean gave = false;
        try {
            gave = uncounted(ctx, subject, line, scope, test, floor);
            return gave;
        } finally {
            long total = System.nanoTime() - t0;
            counts.line(counts.slot(line), gave, total - ctx.childNanos, total);
            ctx.childNanos = outer + total;
        }
    }

    private boolean uncounted(
            RecordContext ctx, Node subject, PropertyLine line, Scope scope, boolean test, int floor) {
        try {
            if (dead(ctx, line, scope)) return false;
            if (test && !test(ctx, line, scope.field())) return false;
            return apply(ctx, subject, line, scope, floor);
        } catch (RuleMappingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleMappingException(line.origin(), scope.field().tag(), e);
        }
    }

    /** Whether the line's conditions hold for the field; a failure names the line's {@code file:line}. */
    private static boolean holds(RecordContext ctx, PropertyLine line, Field field) {
        try {
            return test(ctx, line, field);
        } catch (RuntimeException e) {
            throw new RuleMappingException(line.origin(), field.tag(), e);
        }
    }

    private static boolean test(RecordContext ctx, PropertyLine line, Field field) {
        Condition[] tests = line.tests();
        for (int i = 0; i < tests.length; i++) if (!tests[i].test(field, ctx)) return false;
        return true;
    }

    /**
     * Whether a line can give nothing in this scope, whatever its conditions: it reads subfields none of which the
     * scope holds, or makes a node whose required subfields ({@link NodeSpec#requiredCodes}) it does not hold. Such a
     * line would end with nothing made, no blank node label taken and nothing recorded, as it does here, before its
     * conditions are tested; the fields of most rules lack most of the subfields their lines read ({@code $3},
     * {@code $5}, {@code $0} of the blocks every note, name and subject rule uses).
     */
    private static boolean dead(RecordContext ctx, PropertyLine line, Scope scope) {
        ValueSpec v = line.value();
        Field f = scope.field();
        return switch (v.kind()) {
            case SUBFIELDS -> f.isControl() || !ctx.hasAny(f, scope.from(), scope.to(), v.codeSet());
            case FIELD_SUBFIELDS -> f.isControl() || !ctx.hasAny(f, v.codeSet());
            case NODE -> {
                CodeSet required = v.node().requiredSet();
                yield required != null && !f.isControl() && !ctx.hasAny(f, scope.from(), scope.to(), required);
            }
            default -> false;
        };
    }

    /** Applies a line whose conditions hold. */
    private boolean apply(RecordContext ctx, Node subject, PropertyLine line, Scope scope, int floor) {
        Node property = line.propertyNode();
        if (line.onlyIfNone() && ctx.has(subject, property, floor)) return false;
        ValueSpec v = line.value();
        if (v.kind() == ValueSpec.Kind.NODE) {
            return node(ctx, subject, property, v.node(), scope);
        }
        List<Node> objects = v.kind() == ValueSpec.Kind.FUNCTION
                ? functions.get(v.function()).apply(ctx, scope)
                : values.make(ctx, v, scope);
        if (!objects.isEmpty()
                && v.kind() != ValueSpec.Kind.IRI
                && v.kind() != ValueSpec.Kind.LITERAL
                && v.kind() != ValueSpec.Kind.ANCHOR) {
            ctx.dataProduced();
        }
        for (int i = 0; i < objects.size(); i++) ctx.add(subject, property, objects.get(i));
        return !objects.isEmpty();
    }

    private boolean node(RecordContext ctx, Node subject, Node property, NodeSpec spec, Scope scope) {
        // the required codes were tested before the line's conditions (dead); the data codes can only be now, after
        // them, since a node skipped here still takes its blank number and one whose conditions fail does not
        CodeSet data = spec.leafDataSet();
        if (data != null && !has(ctx, scope, data)) {
            // every line would be dead and the node rolled back; a blank one still takes its number, as there
            if (spec.mintAs() == null) ctx.skipBlank();
            return false;
        }
        PropertyLine sole = spec.soleRequiredLine();
        if (sole != null && spec.iriFrom() == null) return soleLineNode(ctx, subject, property, spec, sole, scope);
        long before = ctx.produced();
        Node node = nodeFor(ctx, spec, scope);
        int mark = ctx.mark();
        ctx.add(subject, property, node);
        List<Node> classes = spec.classNodes();
        for (int i = 0; i < classes.size(); i++) ctx.add(node, RDF_TYPE, classes.get(i));
        boolean complete = true;
        List<PropertyLine> lines = spec.lines();
        int floor = node.isBlank() ? mark : 0;
        for (int i = 0; i < lines.size(); i++) {
            PropertyLine child = lines.get(i);
            boolean gave = line(ctx, node, child, scope, true, floor);
            if (child.required() && !gave) complete = false;
        }
        if (!complete || spec.readsData() && ctx.produced() == before) {
            ctx.rollback(mark);
            return false;
        }
        return true;
    }

    /**
     * A node whose one line is required ({@link NodeSpec#soleRequiredLine}): the line's values are made first, and
     * the node only when there are some, so an authority number that is an IRI, or a relator term the list knows,
     * costs no node, triples and rollback. The triples, their order and the blank node numbers are those of {@link
     * #node}: a blank node not made still takes its number.
     */
    private boolean soleLineNode(
            RecordContext ctx, Node subject, Node property, NodeSpec spec, PropertyLine sole, Scope scope) {
        List<Node> objects;
        long t0 = counts == null ? 0 : System.nanoTime();
        try {
            objects = values.make(ctx, sole.value(), scope);
        } catch (RuleMappingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleMappingException(sole.origin(), scope.field().tag(), e);
        }
        if (counts != null) {
            // the sole line is counted as a line below its node, as it is when the node is made the general way
            long total = System.nanoTime() - t0;
            counts.line(counts.slot(sole), !objects.isEmpty(), total, total);
            ctx.childNanos += total;
        }
        if (objects.isEmpty()) {
            if (spec.mintAs() == null) ctx.skipBlank();
            return false;
        }
        Node node = nodeFor(ctx, spec, scope);
        ctx.add(subject, property, node);
        List<Node> classes = spec.classNodes();
        for (int i = 0; i < classes.size(); i++) ctx.add(node, RDF_TYPE, classes.get(i));
        ctx.dataProduced();
        Node p = sole.propertyNode();
        for (int i = 0; i < objects.size(); i++) ctx.add(node, p, objects.get(i));
        return true;
    }

    /** Whether the scope's part of the field holds any of the subfield codes (a control field: yes). */
    private static boolean has(RecordContext ctx, Scope scope, CodeSet codes) {
        Field f = scope.field();
        if (f.isControl()) return true;
        return ctx.hasAny(f, scope.from(), scope.to(), codes);
    }

    /**
     * The node a NodeSpec makes: its IRI from {@code <$01>} when the scope holds one, else a blank or minted node. In a
     * rule read group by group ({@code 344 $a}), the IRI is the {@code $0}/{@code $1} right after the group's own
     * subfield, or one the field opens with (GND's order, {@code $0 … $a}): in {@code $a digital $b optical $h Dolby
     * $0 …/dolby}, the {@code $0} names Dolby, not the group of {@code $a}.
     */
    private static Node nodeFor(RecordContext ctx, NodeSpec spec, Scope scope) {
        if (spec.iriFrom() != null) {
            Field f = scope.field();
            char by = scope.groupBy();
            int i = scope.from();
            // read whole: any $0/$1; group by group: those the field opens with (before any subfield that is not a
            // digit: GND's order), then those right after the group's own subfield
            boolean opening = true;
            for (; i < scope.to() && (by == 0 || f.code(i) != by); i++) {
                if (by != 0 && (!opening || !Character.isDigit(f.code(i)))) {
                    opening = false;
                    continue;
                }
                Node iri = iri(ctx, spec, f, i);
                if (iri != null) return iri;
            }
            for (i++; i < scope.to() && spec.iriFrom().indexOf(f.code(i)) >= 0; i++) {
                Node iri = iri(ctx, spec, f, i);
                if (iri != null) return iri;
            }
        }
        return spec.mintAs() == null ? ctx.blank() : ctx.mint(spec.mintAs(), scope);
    }

    /**
     * The IRI subfield {@code i} gives the node, when it is one of the NodeSpec's {@code <$01>}: an http IRI, bare or
     * written {@code (uri)http…} ({@link NodeSpec#subfieldIri}); with a table ({@code <$2@nameTitleSchemes>}), the IRI
     * the table gives the subfield's code.
     */
    private static Node iri(RecordContext ctx, NodeSpec spec, Field f, int i) {
        char c = f.code(i);
        if (spec.iriFrom().indexOf(c) < 0) return null;
        String iri = spec.iriTable() == null
                ? NodeSpec.subfieldIri(f.value(i))
                : ctx.lookup.iri(spec.iriTable(), f.value(i).strip());
        if (iri == null) return null;
        ctx.use(f, c);
        ctx.dataProduced();
        return ctx.iri(iri);
    }

    /** Adds this record's seen and used subfields to the run's coverage, under the rule set that mapped it. */
    public static void account(RecordContext ctx, Coverage coverage, String rules) {
        for (Field f : ctx.record.fields()) {
            Field mapped = ctx.linkage.standIn.getOrDefault(f, f);
            if (f.isControl()) {
                coverage.seen(rules, f.tag());
                if (ctx.wasUsed(mapped, '@')) coverage.used(rules, f.tag());
                continue;
            }
            long seenMask0 = 0;
            long seenMask1 = 0;
            for (int i = 0; i < f.size(); i++) {
                if (f.value(i).isBlank()) continue; // a subfield with no data is not a field left unmapped
                char c = f.code(i);
                long bit = 1L << (c & 63);
                if (c < 64) {
                    if ((seenMask0 & bit) != 0) continue;
                    seenMask0 |= bit;
                } else {
                    if ((seenMask1 & bit) != 0) continue;
                    seenMask1 |= bit;
                }
                String key = f.tag() + "$" + c;
                coverage.seen(rules, key);
                if (ctx.wasUsed(mapped, c) || c == '6') coverage.used(rules, key);
            }
        }
    }
}
