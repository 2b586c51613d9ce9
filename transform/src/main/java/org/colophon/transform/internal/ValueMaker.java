package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.colophon.transform.marc.Field;

/** Turns a value spec into RDF terms for one scope: reads the text, runs the transforms, tags the language. */
final class ValueMaker {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String EDTF = "http://id.loc.gov/datatypes/edtf";
    private static final RDFDatatype XSD_DATE = RecordContext.datatype(XSD + "date");
    private static final RDFDatatype XSD_DATE_TIME = RecordContext.datatype(XSD + "dateTime");
    private static final RDFDatatype XSD_INTEGER = RecordContext.datatype(XSD + "integer");
    private static final RDFDatatype EDTF_TYPE = RecordContext.datatype(EDTF);

    /**
     * The terms of a value spec in a scope, in the record's scratch list: valid until the next call for the same
     * record.
     */
    List<Node> make(RecordContext ctx, ValueSpec v, Scope scope) {
        List<Node> out = ctx.scratch();
        switch (v.kind()) {
            case LITERAL -> out.add(ctx.literal(v.constant(), null));
            case IRI -> out.add(ctx.iri(v.constant()));
            case ANCHOR ->
                out.add(v.anchor().startsWith("#") ? ctx.mint(v.anchor(), 1, scope) : ctx.anchor(v.anchor()));
            case POSITIONS, WHOLE -> {
                String text = text(ctx, v, scope);
                if (text != null) finish(ctx, v.transforms(), TextSteps.one(text), null, null, out);
            }
            case SUBFIELDS -> subfields(ctx, v, scope, out);
            case FIELD_SUBFIELDS -> subfields(ctx, v, whole(scope), out);
            case AFTER_SUBFIELDS -> subfields(ctx, v, after(scope, v.codes()), out);
            case INDICATOR -> {
                char c = v.from() == 1 ? scope.field().ind1() : scope.field().ind2();
                if (c != ' ' && c != '|' && c != '#')
                    finish(ctx, v.transforms(), TextSteps.one(String.valueOf(c)), null, null, out);
            }
            default -> throw new IllegalStateException(v.kind().name());
        }
        return out;
    }

    /** The scope widened to the whole field (and the whole of its 880 partner), for {@code $$2}. */
    private static Scope whole(Scope s) {
        Field p = s.partner();
        return new Scope(
                s.field(), 0, s.field().size(), p, 0, p == null ? 0 : p.size(), s.vernacularScript(), s.group(), (char)
                        0);
    }

    /**
     * For {@code $+0}: the run of {@code codes} right after the group's own subfield ({@code $g color $0 (lnl)123456
     * $p …}: the $0 of the $g group, not of the groups before it), or in the first group the run the field opens
     * with; no 880 partner (numbers have no parallel). Read whole, the scope itself.
     */
    private static Scope after(Scope s, String codes) {
        char by = s.groupBy();
        if (by == 0) return s;
        Field f = s.field();
        int from = s.from();
        int to = from;
        while (to < s.to() && codes.indexOf(f.code(to)) >= 0) to++;
        if (from != 0 || to == from) {
            while (from < s.to() && f.code(from) != by) from++;
            from = Math.min(from + 1, s.to());
            to = from;
            while (to < s.to() && codes.indexOf(f.code(to)) >= 0) to++;
        }
        return new Scope(f, from, to, null, 0, 0, s.vernacularScript(), s.group(), by);
    }

    private static String text(RecordContext ctx, ValueSpec v, Scope scope) {
        Field f = scope.field();
        if (f.isControl()) {
            ctx.use(f, '@');
            String data = f.data();
            if (v.kind() == ValueSpec.Kind.WHOLE) return data.isBlank() ? null : data;
            String slice = Condition.slice(data, v.from(), v.to());
            return isFill(slice) ? null : slice;
        }
        if (v.kind() == ValueSpec.Kind.POSITIONS) {
            // positions of a data field are those of its $a: UNIMARC's coded data (100 $a/09-12)
            String a = f.first('a');
            if (a == null) return null;
            ctx.use(f, 'a');
            String slice = Condition.slice(a, v.from(), v.to());
            return isFill(slice) ? null : slice;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = scope.from(); i < scope.to(); i++) {
            char c = f.code(i);
            if (c == '6' || c == '8') continue;
            ctx.use(f, c);
            if (sb.length() > 0) sb.append(' ');
            sb.append(f.value(i).strip());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Blank, fill characters ({@code |}) or the "no attempt" codes of fixed fields. */
    static boolean isFill(String s) {
        if (s.isEmpty()) return true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '|' && c != '#' && c != '^') return false;
        }
        return true;
    }

    private void subfields(RecordContext ctx, ValueSpec v, Scope scope, List<Node> out) {
        Field f = scope.field();
        String codes = v.codes();
        List<String> own = Scope.extract(f, scope.from(), scope.to(), codes);
        if (own.isEmpty()) return;
        for (int i = 0; i < codes.length(); i++) ctx.use(f, codes.charAt(i));
        if (scope.vernacularScript() != null) {
            finish(ctx, v.transforms(), own, ctx.language, scope.vernacularScript(), out);
            return;
        }
        Field partner = scope.partner();
        if (partner == null || !v.parallelizable()) {
            finish(ctx, v.transforms(), own, declaredLanguage(ctx, f), null, out);
            return;
        }
        List<String> alt = Scope.extract(partner, scope.partnerFrom(), scope.partnerTo(), codes);
        if (alt.isEmpty()) {
            finish(ctx, v.transforms(), own, null, null, out);
            return;
        }
        for (int i = 0; i < codes.length(); i++) ctx.use(partner, codes.charAt(i));
        String script = ctx.linkage.vernacular.get(partner);
        // the romanized form is only tagged when the vernacular really is in another script
        boolean otherScript = LangTags.scriptOf(String.join(" ", alt)) != null;
        List<Node> romanized = new ArrayList<>();
        finish(ctx, v.transforms(), own, null, null, romanized);
        if (otherScript) {
            String tag = LangTags.romanized(ctx.language);
            for (Node n : romanized) out.add(n.isLiteral() ? ctx.literal(n.getLiteralLexicalForm(), tag) : n);
        } else out.addAll(romanized);
        finish(ctx, v.transforms(), alt, ctx.language, script == null ? "" : script, out);
    }

    /**
     * Runs the transforms over the texts and adds the terms. When {@code script} is not null the texts are
     * vernacular and are tagged from the record language and the script seen in each text; when it is null, the
     * texts are tagged {@code language} as it is (a field's declared language), or when that is null too, by the
     * script they are written in if it is not Latin ({@code zh-Hani} for Chinese in a Chinese record, see {@link
     * RecordContext#scriptTag}), and not at all if it is.
     */
    void finish(
            RecordContext ctx,
            List<Transform> steps,
            List<String> texts,
            String language,
            String script,
            List<Node> out) {
        List<String> current = texts;
        for (int k = 0; k < steps.size(); k++) {
            // a step that left nothing ends the chain: the rest would only make empty lists (keep(…) | unprefixed |
            // prefix(…) | iri on a $0 of another kind)
            if (current.isEmpty()) return;
            Transform step = steps.get(k);
            if (step.keepsText()) {
                List<String> next = new ArrayList<>(current.size());
                if (step.name().equals("unlisted")) {
                    // only the values the table does not know: what a lookup before it could not turn into an IRI
                    Transform lookup = step.lookupArg();
                    for (int i = 0; i < current.size(); i++)
                        if (terminal(ctx, lookup, current.get(i)) == null) next.add(current.get(i));
                } else for (int i = 0; i < current.size(); i++) TextSteps.apply(step, current.get(i), next);
                current = next;
                continue;
            }
            for (int i = 0; i < current.size(); i++) {
                Node n = terminal(ctx, step, current.get(i));
                if (n != null) out.add(n);
            }
            return;
        }
        for (int i = 0; i < current.size(); i++) {
            String s = current.get(i);
            // a vernacular value with no letters of another script ("1994") is not tagged: it equals its romanized twin
            String tag = script != null
                    ? LangTags.scriptOf(s) == null ? null : LangTags.vernacular(language, s, script)
                    : language != null ? language : ctx.scriptTag(s);
            out.add(ctx.literal(s, tag));
        }
    }

    /**
     * The BCP 47 tag of a field's declared language ({@code xml:lang} of a Dublin Core element): a three-letter
     * MARC code becomes its BCP 47 subtag ({@code eng} → {@code en}); what is not a well-formed tag is dropped.
     */
    static String declaredLanguage(RecordContext ctx, Field f) {
        String lang = f.language();
        if (lang == null || !LANGUAGE_TAG.matcher(lang).matches()) return null;
        int dash = lang.indexOf('-');
        String primary = (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
        if (primary.length() == 3) {
            String two = ctx.lookup.bcp47(primary);
            if (two != null) primary = two;
        }
        return dash < 0 ? primary : primary + lang.substring(dash);
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG =
            java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private static Node terminal(RecordContext ctx, Transform step, String s) {
        String v = s.strip();
        if (v.isEmpty()) return null;
        if (step.isLookup() && step.givesLabel()) {
            String label = ctx.lookup.label(step.table(), v);
            return label == null ? null : ctx.literal(label, null);
        }
        if (step.isLookup()) {
            String iri = step.byLabel() ? ctx.lookup.iriByLabel(step.table(), v) : ctx.lookup.iri(step.table(), v);
            return iri == null ? null : ctx.iri(iri);
        }
        // each step's text is worked out once (a date read twice, a space replaced twice, cost a value twice)
        return switch (step.name()) {
            case "iri" -> {
                String iri = v.indexOf(' ') < 0 ? v : v.replace(" ", "%20");
                yield isHttp(iri) ? ctx.iri(iri) : null;
            }
            case "date" -> {
                String date = Dates.isoDate(v);
                yield date == null ? null : ctx.typed(date, XSD_DATE);
            }
            case "dateTime" -> {
                String stamp = Dates.dateTime005(v);
                yield stamp == null ? null : ctx.typed(stamp, XSD_DATE_TIME);
            }
            case "edtf" -> ctx.typed(v, EDTF_TYPE);
            case "year" -> {
                String year = Dates.year(v);
                yield year == null ? null : ctx.literal(year, null);
            }
            case "integer" -> v.chars().allMatch(Character::isDigit) ? ctx.typed(v, XSD_INTEGER) : null;
            default -> throw new IllegalStateException("unknown step " + step.name());
        };
    }

    /** An http(s) IRI that Turtle and N-Triples can carry as it is: none of {@code <>"{}|^`\} or spaces. */
    static boolean isHttp(String v) {
        if (!(v.startsWith("http://") || v.startsWith("https://")) || v.length() <= 10) return false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'
                    || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
