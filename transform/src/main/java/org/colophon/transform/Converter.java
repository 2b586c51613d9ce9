package org.colophon.transform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.colophon.record.RecordFormat;
import org.colophon.transform.internal.Functions;
import org.colophon.transform.internal.RecordContext;
import org.colophon.transform.internal.RecordMapper;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.unimarc.Dialect;

/**
 * Converts MARC and Dublin Core records to BIBFRAME 2, each through its own rule set on the same engine: MARC 21
 * records through the MARC 21 rules, UNIMARC, CNMARC and RUSMARC records through the UNIMARC rules ({@link
 * org.colophon.transform.unimarc.DialectDecoder} tells them apart), decoded {@code oai_dc} records ({@link
 * org.colophon.transform.dc.DcDecoder}) through the Dublin Core rules. A pure function of one record: the same record gives the same triples, so
 * conversion runs on every core. Build one with {@link #builder()} and share it between threads.
 *
 * <pre>
 * Converter c = Converter.builder().base("http://example.org/").build(); // built-in rules and code tables
 * List&lt;Triple&gt; triples = c.map("bnu", "b123", record);
 * </pre>
 */
public final class Converter {
    private final String base;
    private final RecordMapper mapper;
    private final RecordMapper dcMapper;
    private final RecordMapper authorityMapper;
    private final RecordMapper unimarcMapper;
    private final Dialect dialect;
    private final String unimarcVersion;
    private final CodeLookup lookup;
    private final Coverage coverage;
    private final String marcVersion;
    private final String dcVersion;
    private final String authorityVersion;

    private Converter(Builder b) {
        this.base = b.base.endsWith("/") || b.base.endsWith("#") ? b.base : b.base + "/";
        this.mapper = mapper(b, "marc21", b.rules, true);
        this.dcMapper = mapper(b, "dc", b.dcRules, true);
        this.authorityMapper = mapper(b, "marc21-authority", b.authorityRules, false);
        this.unimarcMapper = mapper(b, "unimarc", b.unimarcRules, true);
        this.unimarcVersion = b.unimarcRules.version();
        this.dialect = b.dialect;
        this.lookup = new BaseLookup(b.lookup, this.base);
        this.coverage = b.coverage;
        this.marcVersion = b.rules.version();
        this.dcVersion = b.dcRules.version();
        this.authorityVersion = b.authorityRules.version();
        if (coverage != null) {
            coverage.declare("marc21", b.rules.dropped());
            coverage.declare("marc21-authority", b.authorityRules.dropped());
            coverage.declare("dc", b.dcRules.dropped());
            coverage.declare("unimarc", b.unimarcRules.dropped());
        }
    }

    /** A rule set's mapper, counting what its lines cost when the builder was given a {@link RuleProfile}. */
    private static RecordMapper mapper(Builder b, String name, RuleSet rules, boolean bibliographic) {
        return new RecordMapper(
                rules.rules(),
                Functions.all(),
                bibliographic,
                b.profile == null ? null : b.profile.counts(name, rules.rules()));
    }

    /**
     * The version of the rules this converter maps with: every rule set's {@link RuleSet#version() version},
     * {@code marc21-…+unimarc-…+dc-…}, so a store re-maps its records when any changes.
     */
    public String mappingVersion() {
        return marcVersion + "+" + unimarcVersion + "+" + dcVersion;
    }

    /**
     * The version of the one rule set that maps records of this format ({@link RecordFormat#UNIMARC} and {@link
     * RecordFormat#UNIMARCXML}: the UNIMARC rules; a run hands on records it found to be UNIMARC in those formats).
     */
    public String mappingVersion(RecordFormat format) {
        return switch (format) {
            case DUBLIN_CORE -> dcVersion;
            case UNIMARC, UNIMARCXML -> unimarcVersion;
            default -> dialect != null && dialect.isUnimarc() ? unimarcVersion : marcVersion;
        };
    }

    /** The dialect this converter was told its MARC records are in, or {@code null}: detect it per record. */
    public Dialect dialect() {
        return dialect;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The version of the rule set that maps this decoded record: the authority rules for an authority record. */
    public String mappingVersion(RecordFormat format, MarcRecord record) {
        return isAuthority(format, record) ? authorityVersion : mappingVersion(format);
    }

    /** Whether a record is a MARC 21 authority record (leader/06 {@code z}), mapped by the authority rules. */
    public static boolean isAuthority(RecordFormat format, MarcRecord record) {
        return format != RecordFormat.DUBLIN_CORE && record.leaderAt(6) == 'z';
    }

    /** The IRI of a record, which is also the name of its graph: {@code base + source + "/" + record id}. */
    public String recordIri(String sourceId, String recordId) {
        return base + encode(sourceId) + "/" + encode(recordId);
    }

    /** Maps one MARC record; the triples come back without duplicates, in a stable order. */
    public List<Triple> map(String sourceId, String recordId, MarcRecord record) {
        return map(sourceId, recordId, RecordFormat.MARC21, record);
    }

    /**
     * Maps one decoded record through the rule set for its source format: {@link RecordFormat#DUBLIN_CORE} through
     * the Dublin Core rules, authority records (leader/06 {@code z}) through the MARC 21 authority rules, every
     * other record through the MARC 21 bibliographic rules.
     */
    public List<Triple> map(String sourceId, String recordId, RecordFormat format, MarcRecord record) {
        RecordContext ctx = RecordContext.create(
                record, recordIri(sourceId, recordId), lookup, base + "source/" + encode(sourceId));
        if (coverage == null) ctx.withoutCoverage();
        boolean authority = format != RecordFormat.DUBLIN_CORE && isAuthority(format, record);
        (format == RecordFormat.DUBLIN_CORE ? dcMapper : authority ? authorityMapper : mapper).map(ctx);
        if (coverage != null) {
            RecordMapper.account(
                    ctx,
                    coverage,
                    format == RecordFormat.DUBLIN_CORE ? "dc" : authority ? "marc21-authority" : "marc21");
        }
        return ctx.triples();
    }

    /**
     * Maps one decoded MARC-family record through the rules of its dialect: UNIMARC, CNMARC and RUSMARC records
     * through the UNIMARC rules (their languages read from 101), MARC 21 records through the MARC 21 rules.
     */
    public List<Triple> map(String sourceId, String recordId, Dialect dialect, MarcRecord record) {
        if (!dialect.isUnimarc()) return map(sourceId, recordId, RecordFormat.MARC21, record);
        RecordContext ctx = RecordContext.createUnimarc(
                record, recordIri(sourceId, recordId), lookup, base + "source/" + encode(sourceId));
        if (coverage == null) ctx.withoutCoverage();
        unimarcMapper.map(ctx);
        if (coverage != null) {
            RecordMapper.account(ctx, coverage, "unimarc");
            coverage.seen("dialect=" + dialect.label());
            coverage.used("dialect=" + dialect.label());
        }
        return ctx.triples();
    }

    /**
     * Counts in the coverage a record of a dialect no rule set maps (MAB2, quarantined): {@code dialect=mab2}, seen
     * and never read.
     */
    void countUnconverted(Dialect dialect) {
        if (coverage != null) coverage.seen("dialect=" + dialect.label());
    }

    /** Maps one record and sends its triples as quads in the record's own named graph. Returns the triple count. */
    public int convert(String sourceId, String recordId, MarcRecord record, StreamRDF out) {
        List<Triple> triples = map(sourceId, recordId, record);
        Node graph = NodeFactory.createURI(recordIri(sourceId, recordId));
        for (Triple t : triples) out.quad(Quad.create(graph, t));
        return triples.size();
    }

    static String encode(String id) {
        StringBuilder sb = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~');
            if (!safe && sb == null) sb = new StringBuilder(id.substring(0, i));
            if (sb != null) {
                if (safe) sb.append(c);
                else
                    sb.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
            }
        }
        return sb == null ? id : sb.toString();
    }

    /**
     * The code tables as the rules see them, with the classes of the Chinese Library Classification named under the
     * base ({@code {base}vocab/clc/F124}), where a store built with this base serves them ({@link
     * org.colophon.vocab.ClcScheme#documents}).
     */
    private record BaseLookup(CodeLookup tables, String base) implements CodeLookup {
        @Override
        public String iri(String table, String code) {
            return local(tables.iri(table, code));
        }

        @Override
        public String iriByLabel(String table, String label) {
            return local(tables.iriByLabel(table, label));
        }

        @Override
        public String bcp47(String marcLanguage) {
            return tables.bcp47(marcLanguage);
        }

        @Override
        public String label(String table, String code) {
            return tables.label(table, code);
        }

        @Override
        public String iriByAttribute(String table, String column, String value) {
            return local(tables.iriByAttribute(table, column, value));
        }

        private String local(String iri) {
            return iri == null ? null : org.colophon.vocab.ClcScheme.localize(iri, base);
        }
    }

    public static final class Builder {
        private String base = "http://localhost:3030/";
        private RuleSet rules;
        private RuleSet dcRules;
        private RuleSet authorityRules;
        private RuleSet unimarcRules;
        private Dialect dialect;
        private CodeLookup lookup;
        private Coverage coverage;
        private RuleProfile profile;

        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /**
         * Map with these rules instead of the built-in ones: a Dublin Core set ({@link RuleSet.Schema#DUBLIN_CORE})
         * replaces the Dublin Core rules, an authority set ({@link RuleSet.Schema#MARC21_AUTHORITY}) the authority
         * rules, any other the MARC 21 rules.
         */
        public Builder rules(RuleSet rules) {
            if (rules.schema() == RuleSet.Schema.DUBLIN_CORE) this.dcRules = rules;
            else if (rules.schema() == RuleSet.Schema.MARC21_AUTHORITY) this.authorityRules = rules;
            else if (rules.schema() == RuleSet.Schema.UNIMARC) this.unimarcRules = rules;
            else this.rules = rules;
            return this;
        }

        /**
         * Read every MARC record as this dialect instead of detecting it per record ({@code --format unimarc}); a
         * UNIMARC profile (CNMARC, RUSMARC) is still detected within UNIMARC unless it is the one forced.
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        public Builder lookup(CodeLookup lookup) {
            this.lookup = lookup;
            return this;
        }

        /** Counts seen and used subfields into this coverage. */
        public Builder coverage(Coverage coverage) {
            this.coverage = coverage;
            return this;
        }

        /**
         * Counts what each rule line runs and costs into this profile ({@link RuleProfile#of}); slower, for finding
         * where mapping time goes, not for use in production.
         */
        public Builder profile(RuleProfile profile) {
            this.profile = profile;
            return this;
        }

        public Converter build() {
            if (rules == null) rules = RuleSet.marc21();
            if (dcRules == null) dcRules = RuleSet.dublinCore();
            if (authorityRules == null) authorityRules = RuleSet.marc21Authority();
            if (unimarcRules == null) unimarcRules = RuleSet.unimarc();
            if (lookup == null) lookup = VocabularyLookup.get();
            return new Converter(this);
        }
    }
}
