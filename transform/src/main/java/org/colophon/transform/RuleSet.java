package org.colophon.transform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.transform.dc.DcElements;
import org.colophon.transform.internal.Functions;
import org.colophon.transform.internal.Rule;
import org.colophon.transform.internal.RuleParser;
import org.colophon.transform.internal.RuleSyntaxException;
import org.colophon.transform.internal.Terms;
import org.colophon.vocab.Prefixes;

/**
 * A set of mapping rules read from rule files. The built-in MARC 21 set is listed in
 * {@code rules/marc21/profile} on the classpath, one file per tag range; {@link #fromDirectory} reads a cataloguer's
 * own copy. A broken file fails with {@code file:line: reason}, and so does a rule naming a term the shipped
 * vocabularies do not define ({@link Terms}).
 */
public final class RuleSet {
    /** The prefixes a rule file may use without declaring them: Colophon's standard ones ({@link Prefixes}). */
    static final Map<String, String> PREFIXES = Prefixes.STANDARD.getNsPrefixMap();

    /**
     * What records a rule set reads, declared in its profile by a line {@code schema: dc}: MARC 21 (the default;
     * selectors are tags) or Dublin Core (selectors are element names, see {@link DcElements}).
     */
    public enum Schema {
        MARC21,
        DUBLIN_CORE,
        /** MARC 21 authority records (leader/06 {@code z}); rules anchor on {@code Authority}. */
        MARC21_AUTHORITY,
        /** UNIMARC and its profiles (CNMARC, RUSMARC): MARC tags, UNIMARC's meanings; {@code schema: unimarc}. */
        UNIMARC;

        static Schema parse(String value, String origin) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "marc21", "marc" -> MARC21;
                case "dc", "dublincore", "dublin_core" -> DUBLIN_CORE;
                case "marc21-authority", "authority" -> MARC21_AUTHORITY;
                case "unimarc" -> UNIMARC;
                default -> throw new RuleSyntaxException(origin, "unknown schema '" + value.strip() + "'");
            };
        }
    }

    private final String name;
    private final List<Rule> rules;
    private final String version;
    private final Schema schema;

    private RuleSet(String name, List<Rule> rules, String digest, Schema schema) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.version = name + "-" + digest;
        this.schema = schema;
    }

    /** The built-in MARC 21 bibliographic → BIBFRAME 2 rules. */
    public static RuleSet marc21() {
        return fromClasspath("marc21");
    }

    /** The built-in MARC 21 authority → MADS/RDF + BIBFRAME 2 rules. */
    public static RuleSet marc21Authority() {
        return fromClasspath("marc21-authority");
    }

    /** The built-in Dublin Core (oai_dc and DCMI terms) → BIBFRAME 2 rules. */
    public static RuleSet dublinCore() {
        return fromClasspath("dc");
    }

    /** The built-in UNIMARC (with CNMARC and RUSMARC) bibliographic → BIBFRAME 2 rules. */
    public static RuleSet unimarc() {
        return fromClasspath("unimarc");
    }

    /** A built-in set by name ({@code marc21}, {@code dc}, …). */
    public static RuleSet fromClasspath(String set) {
        return fromClasspath(set, false);
    }

    /** A built-in set, its terms checked against the shipped vocabularies when {@code checkTerms}. */
    static RuleSet fromClasspath(String set, boolean checkTerms) {
        String base = "/org/colophon/transform/rules/" + set + "/";
        List<String> files = readLines(base + "profile", set + "/profile");
        Schema schema = schema(files, set + "/profile");
        RuleParser parser = parser(schema, checkTerms);
        List<Rule> all = new ArrayList<>();
        Digest digest = new Digest();
        Map<String, List<String>> texts = new java.util.LinkedHashMap<>();
        for (String file : files) {
            String f = file.strip();
            if (f.isEmpty() || f.startsWith("#") || f.startsWith("schema:")) continue;
            List<String> lines = readLines(base + f, set + "/" + f);
            digest.add(f, lines);
            texts.put(set + "/" + f, lines);
            parser.defineBlocks(set + "/" + f, lines);
        }
        texts.forEach((name, lines) -> all.addAll(parser.parse(name, lines)));
        return new RuleSet(set, all, digest.hex(), schema);
    }

    /** The {@code schema:} line of a profile, or MARC 21 when there is none. */
    private static Schema schema(List<String> profile, String shown) {
        for (int i = 0; i < profile.size(); i++) {
            String l = profile.get(i).strip();
            if (l.startsWith("schema:")) return Schema.parse(l.substring(7), shown + ":" + (i + 1));
        }
        return Schema.MARC21;
    }

    /**
     * Every {@code *.rules} file in a directory, in name order. A {@code profile} file there may declare the schema
     * ({@code schema: dc}); without one the rules are MARC 21 rules. A directory with no rule file is refused
     * ({@code DIR: no rule files (*.rules)}), and so is a rule naming a BIBFRAME, BFLC, RDF, RDFS or OWL class or
     * property the shipped vocabularies do not define ({@code file:line: unknown property bf:foo}).
     */
    public static RuleSet fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new RuleSyntaxException(dir.toString(), "no such directory");
        Path profile = dir.resolve("profile");
        Schema schema = Files.isRegularFile(profile)
                ? schema(Files.readAllLines(profile, StandardCharsets.UTF_8), "profile")
                : Schema.MARC21;
        RuleParser parser = parser(schema, true);
        List<Rule> all = new ArrayList<>();
        Digest digest = new Digest();
        List<Path> ruleFiles;
        try (var files = Files.list(dir)) {
            ruleFiles = files.filter(p -> p.toString().endsWith(".rules") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        if (ruleFiles.isEmpty()) throw new RuleSyntaxException(dir.toString(), "no rule files (*.rules)");
        Map<String, List<String>> texts = new java.util.LinkedHashMap<>();
        for (Path p : ruleFiles) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            digest.add(p.getFileName().toString(), lines);
            texts.put(p.getFileName().toString(), lines);
            parser.defineBlocks(p.getFileName().toString(), lines);
        }
        texts.forEach((name, lines) -> all.addAll(parser.parse(name, lines)));
        return new RuleSet(dir.getFileName().toString(), all, digest.hex(), schema);
    }

    /** Parses MARC 21 rule text, for tests and tools. */
    public static RuleSet fromText(String fileName, String text) {
        return fromText(fileName, text, Schema.MARC21);
    }

    /** Parses rule text of a schema, for tests and tools. */
    public static RuleSet fromText(String fileName, String text, Schema schema) {
        Digest digest = new Digest();
        digest.add(fileName, text.lines().toList());
        return new RuleSet(
                fileName, parser(schema, true).parse(fileName, text.lines().toList()), digest.hex(), schema);
    }

    /**
     * A parser for a schema's rules; {@code checkTerms} checks every term against the shipped vocabularies. The
     * built-in sets are not checked when they load (reading the ontologies costs a noticeable part of a second):
     * {@code RuleVocabularyCheckTest} loads them with the check.
     */
    static RuleParser parser(Schema schema, boolean checkTerms) {
        return new RuleParser(
                PREFIXES,
                Functions.all().keySet(),
                schema == Schema.DUBLIN_CORE ? DcElements.NAMES : null,
                checkTerms ? Terms.standard() : null);
    }

    private static List<String> readLines(String resource, String shown) {
        InputStream in = RuleSet.class.getResourceAsStream(resource);
        if (in == null) throw new RuleSyntaxException(shown, "no such rule file");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The kind of record this set's rules read. */
    public Schema schema() {
        return schema;
    }

    /**
     * The mapping version: the set's name and a digest of its rule files, so a store can tell records mapped by
     * other rules and map them again.
     */
    public String version() {
        return version;
    }

    /** SHA-256 over rule file names and lines, shortened. */
    private static final class Digest {
        private final java.security.MessageDigest md;

        Digest() {
            try {
                md = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String file, List<String> lines) {
            md.update(file.getBytes(StandardCharsets.UTF_8));
            for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        }

        String hex() {
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 6);
        }
    }

    public int size() {
        return rules.size();
    }

    List<Rule> rules() {
        return rules;
    }
}
