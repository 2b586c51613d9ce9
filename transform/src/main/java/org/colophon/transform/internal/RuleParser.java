package org.colophon.transform.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule file. The language, one rule per target property:
 *
 * <pre>
 * # comment
 * prefix ex: &lt;http://example.org/&gt;
 * 245 -&gt; Instance bf:title [bf:Title]
 *     bf:mainTitle   $a | trim
 *     bf:subtitle    $b | trim
 * 020 $a -&gt; Instance bf:identifiedBy [bf:Isbn]      one node per group starting at each $a
 *     rdf:value      $a | isbn
 * 008/35-37 -&gt; Work bf:language /35-37 | @languages
 * 100,110 -&gt; Work bf:contribution [bf:Contribution]  if ind1=0|1
 * </pre>
 *
 * Property lines are indented under the node they describe; a deeper indent after a line whose value is a node
 * describes that node. Every error is reported as {@code file:line: reason}.
 */
public final class RuleParser {
    private static final Set<String> ANCHORS = Set.of("Work", "Instance", "Admin", "Authority");

    private final Map<String, String> prefixes;
    private final Set<String> functions;
    private final Set<String> elementNames;
    private final Terms terms;

    /** A parser for MARC rule sets: selectors are three-digit tags, ranges of them, or {@code LDR}. */
    public RuleParser(Map<String, String> prefixes, Set<String> functions) {
        this(prefixes, functions, null);
    }

    /**
     * A parser whose selectors are element names ({@code title}, {@code isPartOf}: a Dublin Core rule set), written
     * as they are and checked against {@code elementNames}, or MARC tags when {@code elementNames} is null. Terms are
     * not checked against a vocabulary.
     */
    public RuleParser(Map<String, String> prefixes, Set<String> functions, Set<String> elementNames) {
        this(prefixes, functions, elementNames, null);
    }

    /**
     * As above, and every class and property a rule names in a namespace {@code terms} knows must be one it defines,
     * in the role the rule gives it ({@code file:line: unknown property bf:foo}).
     */
    public RuleParser(Map<String, String> prefixes, Set<String> functions, Set<String> elementNames, Terms terms) {
        this.prefixes = new HashMap<>(prefixes);
        this.functions = functions;
        this.elementNames = elementNames == null ? null : Set.copyOf(elementNames);
        this.terms = terms;
    }

    /** Named groups of property lines ({@code block NAME}), from every file read so far, by name. */
    private final Map<String, Block> blocks = new HashMap<>();

    private final Set<String> blocksRead = new HashSet<>();

    /** A named group of lines; each line keeps its own {@code file:line}, so an error in it points there. */
    private record Block(String origin, List<String> lines, List<String> origins) {}

    /**
     * Reads the {@code block NAME} groups of a file so rules in any file of the set may {@code use} them. A rule set
     * calls this for every file before parsing any; {@link #parse} calls it for its own file if nobody did.
     */
    public void defineBlocks(String fileName, List<String> lines) {
        if (!blocksRead.add(fileName)) return;
        Block open = null;
        for (int i = 0; i < lines.size(); i++) {
            String origin = fileName + ":" + (i + 1);
            String text = stripComment(lines.get(i).replace("\t", "    ")).stripTrailing();
            if (text.isBlank()) continue;
            boolean top = !Character.isWhitespace(text.charAt(0));
            if (top) {
                open = null;
                List<String> tokens = Tokenizer.split(text.strip(), origin);
                if (!tokens.get(0).equals("block")) continue;
                if (tokens.size() != 2) throw new RuleSyntaxException(origin, "expected: block NAME");
                Block prior = blocks.get(tokens.get(1));
                if (prior != null)
                    throw new RuleSyntaxException(
                            origin, "block " + tokens.get(1) + " is already defined at " + prior.origin());
                open = new Block(origin, new ArrayList<>(), new ArrayList<>());
                blocks.put(tokens.get(1), open);
            } else if (open != null) {
                open.lines().add(text);
                open.origins().add(origin);
            }
        }
    }

    public List<Rule> parse(String fileName, List<String> lines) {
        defineBlocks(fileName, lines);
        List<Rule> rules = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).replace("\t", "    ");
            String origin = fileName + ":" + (i + 1);
            String text = stripComment(raw).stripTrailing();
            if (text.isBlank()) continue;
            int indent = text.length() - text.stripLeading().length();
            List<String> tokens = Tokenizer.split(text.strip(), origin);
            if (indent == 0) {
                stack.clear();
                inBlock = tokens.get(0).equals("block");
                if (inBlock) continue;
                if (tokens.get(0).equals("prefix")) {
                    declarePrefix(tokens, origin);
                    continue;
                }
                Rule rule = header(tokens, origin);
                rules.add(rule);
                if (rule.line().value().node() != null)
                    stack.push(new Frame(0, rule.line().value().node()));
            } else if (!inBlock) {
                indented(tokens, indent, origin, stack, 0);
            }
        }
        return rules;
    }

    /** One indented line: a property line of the node above it, or {@code use NAME} for a block's lines. */
    private void indented(List<String> tokens, int indent, String origin, Deque<Frame> stack, int depth) {
        while (!stack.isEmpty() && stack.peek().indent >= indent) stack.pop();
        if (stack.isEmpty()) throw new RuleSyntaxException(origin, "indented line belongs to no node above it");
        if (tokens.get(0).equals("use")) {
            if (tokens.size() != 2) throw new RuleSyntaxException(origin, "expected: use NAME");
            Block block = blocks.get(tokens.get(1));
            if (block == null) throw new RuleSyntaxException(origin, "no block named " + tokens.get(1));
            if (depth > 8) throw new RuleSyntaxException(origin, "blocks use each other in a circle");
            if (block.lines().isEmpty()) return;
            String first = block.lines().get(0);
            int base = first.length() - first.stripLeading().length();
            for (int k = 0; k < block.lines().size(); k++) {
                String l = block.lines().get(k);
                int own = l.length() - l.stripLeading().length();
                if (own < base)
                    throw new RuleSyntaxException(
                            block.origins().get(k), "a block's lines indent no less than its first");
                String o = block.origins().get(k);
                indented(Tokenizer.split(l.strip(), o), indent + own - base, o, stack, depth + 1);
            }
            return;
        }
        PropertyLine line = propertyLine(tokens, 0, origin);
        stack.peek().node.add(line);
        if (line.value().node() != null)
            stack.push(new Frame(indent, line.value().node()));
    }

    private record Frame(int indent, NodeSpec node) {}

    private static String stripComment(String line) {
        boolean quoted = false;
        boolean inIri = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !inIri) quoted = !quoted;
            else if (c == '<' && !quoted) inIri = true;
            else if (c == '>' && !quoted) inIri = false;
            else if (c == '#' && !quoted && !inIri && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private void declarePrefix(List<String> t, String origin) {
        if (t.size() != 3 || !t.get(1).endsWith(":") || !t.get(2).startsWith("<")) {
            throw new RuleSyntaxException(origin, "expected: prefix name: <iri>");
        }
        prefixes.put(
                t.get(1).substring(0, t.get(1).length() - 1),
                t.get(2).substring(1, t.get(2).length() - 1));
    }

    private Rule header(List<String> t, String origin) {
        int arrow = t.indexOf("->");
        if (arrow < 1) throw new RuleSyntaxException(origin, "a rule starts with a field selector and '->'");
        String selector = t.get(0);
        List<String> tags = new ArrayList<>();
        int from = -1;
        int to = -1;
        int slash = selector.indexOf('/');
        if (slash > 0) {
            tags.add(selector.substring(0, slash).toUpperCase(Locale.ROOT));
            int[] range = range(selector.substring(slash + 1), origin);
            from = range[0];
            to = range[1];
        } else {
            for (String part : selector.split(","))
                tags.addAll(elementNames == null ? expandTags(part, origin) : List.of(elementName(part, origin)));
        }
        char group = 0;
        if (arrow == 2) {
            String g = t.get(1);
            if (g.length() != 2 || g.charAt(0) != '$') {
                throw new RuleSyntaxException(
                        origin, "between the tags and '->' only a group subfield like $a may stand");
            }
            group = g.charAt(1);
        } else if (arrow > 2) {
            throw new RuleSyntaxException(origin, "unexpected '" + t.get(2) + "' before '->'");
        }
        if (t.size() < arrow + 3) throw new RuleSyntaxException(origin, "expected: -> Anchor property value");
        String anchor = t.get(arrow + 1);
        if (!ANCHORS.contains(anchor)) {
            throw new RuleSyntaxException(origin, "unknown anchor '" + anchor + "', expected one of " + ANCHORS);
        }
        PropertyLine line = propertyLine(t, arrow + 2, origin);
        if (from >= 0) {
            // a control-field rule: positions in the value default to the selector's
            ValueSpec v = line.value();
            if (v.kind() == ValueSpec.Kind.WHOLE) {
                v = new ValueSpec(ValueSpec.Kind.POSITIONS, null, from, to, null, null, null, null, v.transforms());
                line = new PropertyLine(line.property(), v, line.conditions(), origin, line.required());
            }
        }
        return new Rule(List.copyOf(tags), group, anchor, line);
    }

    private static List<String> expandTags(String part, String origin) {
        String p = part.strip().toUpperCase(Locale.ROOT);
        int dash = p.indexOf('-');
        if (dash < 0) {
            checkTag(p, origin);
            return List.of(p);
        }
        String a = p.substring(0, dash);
        String b = p.substring(dash + 1);
        checkTag(a, origin);
        checkTag(b, origin);
        List<String> out = new ArrayList<>();
        for (int n = Integer.parseInt(a); n <= Integer.parseInt(b); n++) out.add(String.format("%03d", n));
        return out;
    }

    private String elementName(String part, String origin) {
        String p = part.strip();
        if (p.equalsIgnoreCase("LDR")) return "LDR";
        if (!elementNames.contains(p)) {
            throw new RuleSyntaxException(origin, "'" + p + "' is not an element of this rule set's schema");
        }
        return p;
    }

    private static void checkTag(String tag, String origin) {
        if (tag.equals("LDR")) return;
        if (tag.length() != 3 || !tag.chars().allMatch(Character::isDigit)) {
            throw new RuleSyntaxException(origin, "'" + tag + "' is not a MARC tag");
        }
    }

    private static int[] range(String s, String origin) {
        try {
            int dash = s.indexOf('-');
            if (dash < 0) {
                int p = Integer.parseInt(s);
                return new int[] {p, p};
            }
            return new int[] {Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))};
        } catch (NumberFormatException e) {
            throw new RuleSyntaxException(origin, "'" + s + "' is not a position or range like 35-37");
        }
    }

    private PropertyLine propertyLine(List<String> t, int start, String origin) {
        if (t.size() <= start) throw new RuleSyntaxException(origin, "expected a property");
        String prop = t.get(start);
        boolean required = prop.endsWith("!");
        String written = required ? prop.substring(0, prop.length() - 1) : prop;
        String property = iri(written, origin);
        checkProperty(written, property, origin);
        int ifAt = t.indexOf("if");
        int end = ifAt > start ? ifAt : t.size();
        ValueSpec value = value(t.subList(start + 1, end), property, origin);
        List<Condition> conditions = ifAt > start ? conditions(t.subList(ifAt + 1, t.size()), origin) : List.of();
        return new PropertyLine(property, value, conditions, origin, required);
    }

    private ValueSpec value(List<String> t, String property, String origin) {
        if (t.isEmpty()) return new ValueSpec(ValueSpec.Kind.WHOLE, null, 0, 0, null, null, null, null, List.of());
        int pipe = t.indexOf("|");
        List<String> head = pipe < 0 ? t : t.subList(0, pipe);
        List<Transform> steps = pipe < 0 ? List.of() : transforms(t.subList(pipe + 1, t.size()), origin);
        if (head.isEmpty()) return new ValueSpec(ValueSpec.Kind.WHOLE, null, 0, 0, null, null, null, null, steps);
        String first = head.get(0);
        if (first.startsWith("["))
            return new ValueSpec(ValueSpec.Kind.NODE, null, 0, 0, null, null, node(head, origin), null, steps);
        if (head.size() > 1)
            throw new RuleSyntaxException(origin, "one value per line, found '" + String.join(" ", head) + "'");
        if (first.startsWith("$")) {
            // $$3: the field's $3 wherever it stands, also in a line read group by group
            boolean wholeField = first.startsWith("$$");
            // $+0: the $0 right after the group's own subfield (a 34X term's number), not any $0 of the group
            boolean after = first.startsWith("$+");
            String codes = first.substring(wholeField || after ? 2 : 1);
            if (codes.isEmpty()) throw new RuleSyntaxException(origin, "'$' needs subfield codes");
            for (char c : codes.toCharArray()) {
                if (!Character.isLetterOrDigit(c))
                    throw new RuleSyntaxException(origin, "'" + c + "' is not a subfield code");
            }
            return new ValueSpec(
                    wholeField
                            ? ValueSpec.Kind.FIELD_SUBFIELDS
                            : after ? ValueSpec.Kind.AFTER_SUBFIELDS : ValueSpec.Kind.SUBFIELDS,
                    codes,
                    0,
                    0,
                    null,
                    null,
                    null,
                    null,
                    steps);
        }
        if (first.equals("ind1") || first.equals("ind2")) {
            int which = first.charAt(3) - '0';
            return new ValueSpec(ValueSpec.Kind.INDICATOR, null, which, which, null, null, null, null, steps);
        }
        if (first.startsWith("/")) {
            int[] r = range(first.substring(1), origin);
            return new ValueSpec(ValueSpec.Kind.POSITIONS, null, r[0], r[1], null, null, null, null, steps);
        }
        if (first.startsWith("'"))
            return new ValueSpec(
                    ValueSpec.Kind.LITERAL,
                    null,
                    0,
                    0,
                    first.substring(1, first.length() - 1),
                    null,
                    null,
                    null,
                    steps);
        if (first.startsWith("=#") && first.length() > 2) // the node this field mints as [..]#Name
        return new ValueSpec(ValueSpec.Kind.ANCHOR, null, 0, 0, null, first.substring(1), null, null, steps);
        if (first.startsWith("=")) {
            String anchor = first.substring(1);
            if (!ANCHORS.contains(anchor)) throw new RuleSyntaxException(origin, "unknown anchor '" + anchor + "'");
            return new ValueSpec(ValueSpec.Kind.ANCHOR, null, 0, 0, null, anchor, null, null, steps);
        }
        if (first.startsWith("fn:")) {
            String name = first.substring(3);
            if (!functions.contains(name)) throw new RuleSyntaxException(origin, "unknown function 'fn:" + name + "'");
            return new ValueSpec(ValueSpec.Kind.FUNCTION, null, 0, 0, null, null, null, name, steps);
        }
        String constant = iri(first, origin);
        if (property.equals(RDF_TYPE)) checkClass(first, constant, origin);
        else checkDefined(first, constant, origin);
        return new ValueSpec(ValueSpec.Kind.IRI, null, 0, 0, constant, null, null, null, steps);
    }

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private void checkProperty(String written, String iri, String origin) {
        if (terms == null || !terms.checks(iri) || terms.isProperty(iri)) return;
        if (terms.isClass(iri)) throw new RuleSyntaxException(origin, written + " is a class, not a property");
        throw new RuleSyntaxException(origin, "unknown property " + written);
    }

    private void checkClass(String written, String iri, String origin) {
        if (terms == null || !terms.checks(iri) || terms.isClass(iri)) return;
        if (terms.isProperty(iri)) throw new RuleSyntaxException(origin, written + " is a property, not a class");
        throw new RuleSyntaxException(origin, "unknown class " + written);
    }

    private void checkDefined(String written, String iri, String origin) {
        if (terms == null || !terms.checks(iri) || terms.isDefined(iri)) return;
        throw new RuleSyntaxException(origin, "unknown term " + written);
    }

    private NodeSpec node(List<String> head, String origin) {
        String joined = String.join(" ", head);
        int close = joined.indexOf(']');
        if (close < 0) throw new RuleSyntaxException(origin, "'[' without ']'");
        List<String> classes = new ArrayList<>();
        for (String c : joined.substring(1, close).trim().split("\\s+")) {
            if (c.isEmpty()) continue;
            String iri = iri(c, origin);
            checkClass(c, iri, origin);
            classes.add(iri);
        }
        String rest = joined.substring(close + 1).trim();
        String mint = null;
        String iriFrom = null;
        if (rest.startsWith("<$") && rest.endsWith(">")) {
            iriFrom = rest.substring(2, rest.length() - 1);
            rest = "";
        } else if (rest.contains("<$") && rest.endsWith(">")) {
            iriFrom = rest.substring(rest.indexOf("<$") + 2, rest.length() - 1);
            rest = rest.substring(0, rest.indexOf("<$"));
        }
        if (!rest.isEmpty()) {
            if (!rest.startsWith("#") || rest.length() < 2) {
                throw new RuleSyntaxException(origin, "after ']' only #Name and/or <$0> may follow");
            }
            mint = rest.substring(1);
        }
        // <$2@nameTitleSchemes>: the node is named by the IRI the table gives the subfield's code
        String iriTable = null;
        if (iriFrom != null && iriFrom.indexOf('@') >= 0) {
            iriTable = iriFrom.substring(iriFrom.indexOf('@') + 1).strip();
            iriFrom = iriFrom.substring(0, iriFrom.indexOf('@')).strip();
            if (iriTable.isEmpty() || iriFrom.isEmpty()) {
                throw new RuleSyntaxException(origin, "<$codes@table> needs both subfield codes and a table");
            }
        }
        return new NodeSpec(classes, mint, iriFrom, iriTable);
    }

    private List<Transform> transforms(List<String> t, String origin) {
        List<Transform> out = new ArrayList<>();
        for (String s : t) {
            if (s.equals("|")) continue;
            String name = s;
            String arg = null;
            int paren = s.indexOf('(');
            if (paren > 0 && s.endsWith(")")) {
                name = s.substring(0, paren);
                arg = s.substring(paren + 1, s.length() - 1);
                if (arg.startsWith("'") && arg.endsWith("'") && arg.length() >= 2)
                    arg = arg.substring(1, arg.length() - 1);
            }
            if (!Transform.known(name)) throw new RuleSyntaxException(origin, "unknown transform '" + name + "'");
            if (name.equals("unlisted") && (arg == null || !arg.startsWith("@")))
                throw new RuleSyntaxException(origin, "unlisted needs a lookup, like unlisted(@relators~label)");
            out.add(new Transform(name, arg));
        }
        return out;
    }

    private List<Condition> conditions(List<String> t, String origin) {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String s = t.get(i);
            if (s.equals("and")) continue;
            if (s.equals("none") || s.equals("first") || s.equals("later")) {
                Condition.Kind k = s.equals("none")
                        ? Condition.Kind.NONE
                        : s.equals("first") ? Condition.Kind.FIRST : Condition.Kind.LATER;
                out.add(new Condition(k, null, null, 0, 0, Set.of()));
                continue;
            }
            if (s.equals("has") || s.equals("no")) {
                if (i + 1 >= t.size()
                        || !t.get(i + 1).startsWith("$")
                        || t.get(i + 1).length() < 2) {
                    throw new RuleSyntaxException(origin, "'" + s + "' needs subfields like $t");
                }
                String codes = t.get(++i).substring(1);
                out.add(new Condition(
                        s.equals("has") ? Condition.Kind.HAS : Condition.Kind.NO, codes, null, 0, 0, Set.of()));
                continue;
            }
            int eq = s.indexOf('=');
            if (eq < 1) throw new RuleSyntaxException(origin, "cannot read condition '" + s + "'");
            if (s.charAt(eq - 1) == '^' && s.startsWith("$") && eq == 3) {
                Set<String> prefixes = new HashSet<>();
                boolean negated = s.startsWith("!", eq + 1);
                // '#' stands for a blank, as in every value set: "$2^=iso#639-1" is "ISO 639-1"
                for (String v : s.substring(eq + (negated ? 2 : 1)).split("\\|"))
                    prefixes.add(v.replace('#', ' ').toLowerCase(Locale.ROOT));
                out.add(new Condition(
                        negated ? Condition.Kind.NOT_SUBFIELD_PREFIX : Condition.Kind.SUBFIELD_PREFIX,
                        s.substring(1, 2),
                        null,
                        0,
                        0,
                        prefixes));
                continue;
            }
            if (s.charAt(eq - 1) == '~' && s.startsWith("$") && eq == 3) {
                Set<String> kinds = new HashSet<>();
                boolean negated = s.startsWith("!", eq + 1);
                for (String v : s.substring(eq + (negated ? 2 : 1)).split("\\|")) {
                    if (!ValueKinds.known(v)) {
                        throw new RuleSyntaxException(
                                origin, "unknown kind '" + v + "', expected one of " + ValueKinds.NAMES);
                    }
                    kinds.add(v);
                }
                out.add(new Condition(
                        negated ? Condition.Kind.NOT_SUBFIELD_KIND : Condition.Kind.SUBFIELD_KIND,
                        s.substring(1, 2),
                        null,
                        0,
                        0,
                        kinds));
                continue;
            }
            String key = s.substring(0, eq).toLowerCase(Locale.ROOT);
            Set<String> values = new HashSet<>();
            for (String v : s.substring(eq + 1).split("\\|"))
                values.add(v.replace('#', ' ').toLowerCase(Locale.ROOT));
            if (key.equals("ind1")) out.add(new Condition(Condition.Kind.IND1, null, null, 0, 0, values));
            else if (key.equals("ind2")) out.add(new Condition(Condition.Kind.IND2, null, null, 0, 0, values));
            else if (key.equals("field") || key.equals("nofield"))
                out.add(new Condition(
                        key.equals("field") ? Condition.Kind.FIELD : Condition.Kind.NO_FIELD,
                        null,
                        null,
                        0,
                        0,
                        fieldValues(s.substring(eq + 1), origin)));
            else if (key.equals("tag")) out.add(new Condition(Condition.Kind.TAG, null, null, 0, 0, values));
            else if (key.startsWith("$") && key.length() == 2)
                out.add(new Condition(Condition.Kind.SUBFIELD_EQUALS, key.substring(1, 2), null, 0, 0, values));
            else if (key.contains("/")) {
                boolean negated = key.endsWith("!");
                if (negated) key = key.substring(0, key.length() - 1);
                String tag = key.substring(0, key.indexOf('/')).toUpperCase(Locale.ROOT);
                if (negated && tag.equals("LDR")) throw new RuleSyntaxException(origin, "'!=' is for control fields");
                int[] r = range(key.substring(key.indexOf('/') + 1), origin);
                Set<String> raw = new HashSet<>();
                for (String v : s.substring(eq + 1).split("\\|")) raw.add(v.replace('#', ' '));
                if (tag.equals("LDR")) out.add(new Condition(Condition.Kind.LEADER, null, null, r[0], r[1], raw));
                else
                    out.add(new Condition(
                            negated ? Condition.Kind.NOT_CONTROL : Condition.Kind.CONTROL, null, tag, r[0], r[1], raw));
            } else throw new RuleSyntaxException(origin, "unknown condition '" + key + "'");
        }
        return out;
    }

    /**
     * The values of {@code field=}/{@code nofield=}: tags, lower-cased (names compare without case), each with the
     * subfield codes it must hold after a {@code $} as written ({@code 046$k}, {@code 046$kl}: a 046 with a $k or $l).
     */
    private static Set<String> fieldValues(String text, String origin) {
        Set<String> out = new HashSet<>();
        for (String v : text.split("\\|")) {
            int dollar = v.indexOf('$');
            if (dollar < 0) {
                out.add(v.toLowerCase(Locale.ROOT));
                continue;
            }
            if (dollar == 0 || dollar == v.length() - 1) {
                throw new RuleSyntaxException(origin, "'" + v + "' needs a tag and subfields, like 046$k");
            }
            out.add(v.substring(0, dollar).toLowerCase(Locale.ROOT) + v.substring(dollar));
        }
        return out;
    }

    private String iri(String s, String origin) {
        if (s.startsWith("<") && s.endsWith(">")) return s.substring(1, s.length() - 1);
        if (s.equals("a")) return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
        int colon = s.indexOf(':');
        if (colon < 0)
            throw new RuleSyntaxException(origin, "'" + s + "' is not a property or IRI (expected prefix:name)");
        String ns = prefixes.get(s.substring(0, colon));
        if (ns == null) throw new RuleSyntaxException(origin, "unknown prefix '" + s.substring(0, colon) + ":'");
        return ns + s.substring(colon + 1);
    }
}
