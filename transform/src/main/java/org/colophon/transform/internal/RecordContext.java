package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.transform.CodeLookup;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * Everything the mapping of one record needs: the record, its IRI, the 880 linkage, the language, the triples made
 * so far (no duplicates), and which subfields rules used (for coverage). One per record, one thread.
 */
public final class RecordContext {
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    final MarcRecord record;
    final String recordIri;
    final Linkage linkage;
    final CodeLookup lookup;
    final String language;
    private final String blankPrefix;
    private final List<Triple> triples = new ArrayList<>(256);
    private final TripleSet seen = new TripleSet(256);
    private IdentityHashMap<Field, String> mintKeys;
    private HashMap<MintKey, Node> minted;
    final IdentityHashMap<Field, long[]> used = new IdentityHashMap<>();
    private int blanks;

    /** Nanoseconds spent in the lines below the line being counted ({@link LineCounts}), when counting. */
    long childNanos;

    private long attempts;
    private long produced;

    final String sourceIri;

    /** A context for one record; {@code sourceIri} names the library the record came from. */
    public static RecordContext create(MarcRecord record, String recordIri, CodeLookup lookup, String sourceIri) {
        return new RecordContext(record, recordIri, lookup, sourceIri, "041");
    }

    /**
     * A context for a UNIMARC record: its languages are those of 101 ({@code $a} first), as MARC 21's are those of
     * 008/35-37 and 041.
     */
    public static RecordContext createUnimarc(
            MarcRecord record, String recordIri, CodeLookup lookup, String sourceIri) {
        return new RecordContext(record, recordIri, lookup, sourceIri, "101");
    }

    /** The field that lists the record's languages: 041 in MARC 21, 101 in UNIMARC. */
    private final String languagesTag;

    RecordContext(MarcRecord record, String recordIri, CodeLookup lookup, String sourceIri) {
        this(record, recordIri, lookup, sourceIri, "041");
    }

    private RecordContext(
            MarcRecord record, String recordIri, CodeLookup lookup, String sourceIri, String languagesTag) {
        this.sourceIri = sourceIri;
        this.record = record;
        this.recordIri = recordIri;
        this.lookup = lookup;
        this.linkage = new Linkage(record);
        this.languagesTag = languagesTag;
        String lang008 = null;
        String f008 = record.control("008");
        if (f008 != null && f008.length() >= 38)
            lang008 = f008.substring(35, 38).strip();
        if ((lang008 == null || lang008.isEmpty() || lang008.equals("|||")) && record.first(languagesTag) != null) {
            String a = record.first(languagesTag).first('a');
            if (a != null && a.length() >= 3) lang008 = a.substring(0, 3);
        }
        this.language = lang008 == null || lang008.isEmpty() ? null : lookup.bcp47(lang008.toLowerCase());
        this.blankPrefix = blankPrefix(recordIri);
    }

    /**
     * Blank node labels must not collide between records written to one file: a 128-bit digest of the record IRI
     * (two independent 64-bit hashes) makes a collision among even billions of records vanishingly unlikely.
     */
    static String blankPrefix(String iri) {
        long fnv = 0xcbf29ce484222325L;
        long mix = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            fnv = (fnv ^ c) * 0x100000001b3L;
            mix = Long.rotateLeft(mix ^ (c * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        }
        return Long.toHexString(fnv) + Long.toHexString(mix) + "x";
    }

    private final ArrayList<Node> scratch = new ArrayList<>(8);

    /** A list for the terms of one value, emptied and handed out again for the next. */
    List<Node> scratch() {
        scratch.clear();
        return scratch;
    }

    public MarcRecord record() {
        return record;
    }

    public String recordIri() {
        return recordIri;
    }

    public CodeLookup lookup() {
        return lookup;
    }

    /** The Work, Instance or AdminMetadata of this record, or the authority an authority record describes. */
    public Node anchor(String name) {
        switch (name) {
            case "Work" -> {
                if (work == null) work = NodeFactory.createURI(recordIri + "#Work");
                return work;
            }
            case "Instance" -> {
                if (instance == null) instance = NodeFactory.createURI(recordIri + "#Instance");
                return instance;
            }
            case "Admin" -> {
                if (admin == null) {
                    admin = NodeFactory.createURI(recordIri + "#Admin");
                    add(anchor("Instance"), ADMIN_METADATA, admin);
                }
                return admin;
            }
            case "Authority" -> {
                if (authority == null) authority = NodeFactory.createURI(recordIri + "#Authority");
                return authority;
            }
            default -> throw new IllegalArgumentException("no anchor " + name);
        }
    }

    private static final Node ADMIN_METADATA =
            NodeFactory.createURI("http://id.loc.gov/ontologies/bibframe/adminMetadata");
    private Node work;
    private Node instance;
    private Node admin;
    private Node authority;

    public Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    public Node blank() {
        return NodeFactory.createBlankNode(blankPrefix + (++blanks));
    }

    /** Takes the number of a blank node that is not made, so the nodes after it are labelled as if it were. */
    void skipBlank() {
        blanks++;
    }

    /**
     * An IRI minted under the record: {@code record#Agent100-1}, stable across runs. A stem written {@code =Name}
     * names one node per record ({@code record#Name}) that every rule minting it adds to.
     */
    public Node mint(String stem, Scope scope) {
        return mint(stem, 0, scope);
    }

    /**
     * {@link #mint(String, Scope)} of {@code name} from character {@code from} on ({@code #Agent} with 1), the stem
     * cut only when the node is new. A node minted once is given again for the same stem, field and group: its IRI
     * is built once per record, and every triple of the node holds the same string (hashed once, compared by
     * identity when written).
     */
    Node mint(String name, int from, Scope scope) {
        boolean shared = name.startsWith("=", from);
        Field field = shared ? null : scope.field();
        int group = shared ? 0 : scope.group();
        MintKey key = new MintKey(name, field, group);
        if (minted == null) minted = new HashMap<>();
        Node node = minted.get(key);
        if (node == null) {
            String stem = name.substring(shared ? from + 1 : from);
            node = NodeFactory.createURI(
                    shared
                            ? recordIri + "#" + stem
                            : recordIri + "#" + stem + mintKey(field) + (group > 0 ? "." + (group + 1) : ""));
            minted.put(key, node);
        }
        return node;
    }

    /** A minted node's key: the rule's stem, the field (by identity) and the group. */
    private record MintKey(String name, Field field, int group) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MintKey k && k.field == field && k.group == group && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return (name.hashCode() * 31 + System.identityHashCode(field)) * 31 + group;
        }
    }

    /**
     * {@code 100-1}: the field's tag and its occurrence among fields with that tag (an unpaired 880: {@code 880-n}).
     * Every field's key is made in one pass over the record on first use, not by a scan per field.
     */
    String mintKey(Field f) {
        if (mintKeys == null) mintKeys = mintKeys();
        String key = mintKeys.get(f);
        if (key != null) return key;
        // not among the fields mapped: numbered after all the fields of its tag
        int n = 0;
        for (Field g : linkage.fields) if (g.tag().equals(f.tag())) n++;
        key = f.tag() + "-" + Math.max(n, 1);
        mintKeys.put(f, key);
        return key;
    }

    private IdentityHashMap<Field, String> mintKeys() {
        List<Field> fields = linkage.fields;
        IdentityHashMap<Field, String> keys = new IdentityHashMap<>(fields.size() * 2);
        HashMap<String, Integer> byTag = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Field g = fields.get(i);
            int n = byTag.merge(g.tag(), 1, Integer::sum);
            Integer alt = linkage.alternateIndex.get(g);
            keys.put(g, alt != null ? "880-" + alt : g.tag() + "-" + n);
        }
        return keys;
    }

    /**
     * The number of each of the record's fields' tag ({@link RecordMapper#number}; -1 for a tag that is not three
     * digits), in field order, made on first use: a record has a few dozen fields, so a scan of this array finds the
     * first of a tag without a 1,000-slot table per record.
     */
    private int[] tagNumbers;

    /**
     * The record's first field with this tag, or {@code null} ({@link MarcRecord#first}); fixed-field and
     * field-presence conditions ask for every field they test, so three-digit tags are compared as numbers.
     */
    Field first(String tag) {
        int n = RecordMapper.number(tag);
        if (n < 0) return record.first(tag);
        return first(n);
    }

    /** The record's first field with the tag of this number ({@link RecordMapper#number}, not negative), or null. */
    Field first(int n) {
        List<Field> fields = record.fields();
        int[] numbers = tagNumbers;
        if (numbers == null) {
            numbers = tagNumbers = new int[fields.size()];
            for (int i = 0; i < numbers.length; i++)
                numbers[i] = RecordMapper.number(fields.get(i).tag());
        }
        for (int i = 0; i < numbers.length; i++) if (numbers[i] == n) return fields.get(i);
        return null;
    }

    /** The field {@link #hasAny} last made a mask of, and its codes below 64 and from 64 to 127. */
    private Field maskField;

    private long maskLow;
    private long maskHigh;

    /**
     * Whether the field holds a subfield with any of the codes. A field's codes are made a mask once, on the first
     * question about it; every rule and line of that field asks in turn, so one mask, that of the last field asked
     * about, is kept.
     */
    boolean hasAny(Field f, CodeSet set) {
        if (!set.ascii) return set.any(f, 0, f.size());
        if (f != maskField) {
            long low = 0;
            long high = 0;
            for (int i = 0, n = f.size(); i < n; i++) {
                char c = f.code(i);
                if (c < 64) low |= 1L << c;
                else if (c < 128) high |= 1L << (c - 64);
            }
            maskField = f;
            maskLow = low;
            maskHigh = high;
        }
        return (maskLow & set.low) != 0 || (maskHigh & set.high) != 0;
    }

    /** Whether subfields {@code from} to {@code to} (exclusive) of a data field hold any of the codes. */
    boolean hasAny(Field f, int from, int to, CodeSet set) {
        return from == 0 && to == f.size() ? hasAny(f, set) : set.any(f, from, to);
    }

    private List<String> otherLanguages;

    /**
     * The tag of a text that no 880 pairs with: the script it is in and a language of the record written in that
     * script ({@code zh-Hani}), or {@code null} for Latin-script text. See {@link LangTags#unpaired}.
     */
    String scriptTag(String text) {
        String script = LangTags.scriptOf(text);
        if (script == null) return null;
        if (otherLanguages == null) otherLanguages = languages041();
        return LangTags.unpairedIn(language, otherLanguages, script);
    }

    /** The languages 041 (UNIMARC: 101) names, {@code $a} first, as BCP 47 subtags. */
    private List<String> languages041() {
        List<String> out = new ArrayList<>(4);
        for (Field f : record.all(languagesTag)) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < f.size(); i++) {
                    char c = f.code(i);
                    if ((c == 'a') != (pass == 0) || c == '2' || c == '3' || c == '6' || c == '8') continue;
                    String v = f.value(i).strip().toLowerCase(java.util.Locale.ROOT);
                    for (int k = 0; k + 3 <= v.length(); k += 3) {
                        String bcp47 = lookup.bcp47(v.substring(k, k + 3));
                        if (bcp47 != null && !out.contains(bcp47)) out.add(bcp47);
                    }
                }
            }
        }
        return out;
    }

    public Node literal(String text, String lang) {
        return lang == null ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang);
    }

    public Node typed(String text, String datatype) {
        return NodeFactory.createLiteralDT(text, TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    /** A literal of a datatype looked up once ({@link #datatype}). */
    Node typed(String text, RDFDatatype datatype) {
        return NodeFactory.createLiteralDT(text, datatype);
    }

    /** The datatype of an IRI, as {@link #typed(String, String)} finds it. */
    static RDFDatatype datatype(String iri) {
        return TypeMapper.getInstance().getSafeTypeByName(iri);
    }

    /** Adds a triple unless it is already there. */
    public void add(Node s, Node p, Node o) {
        attempts++;
        Triple t = Triple.create(s, p, o);
        if (seen.add(t)) triples.add(t);
    }

    /** Notes that a line read a value from the record (not a constant). */
    void dataProduced() {
        produced++;
    }

    long produced() {
        return produced;
    }

    /** How many triples were offered so far, duplicates included. */
    long attempts() {
        return attempts;
    }

    /** True when some triple already gives {@code s} a value for {@code p}. */
    boolean has(Node s, Node p) {
        return has(s, p, 0);
    }

    /**
     * True when some triple from the {@code floor}-th on gives {@code s} a value for {@code p}: a blank node made when
     * the record had {@code floor} triples is in none before.
     */
    boolean has(Node s, Node p, int floor) {
        for (int i = triples.size() - 1; i >= floor; i--) {
            Triple t = triples.get(i);
            if (t.getSubject().equals(s) && t.getPredicate().equals(p)) return true;
        }
        return false;
    }

    int mark() {
        return triples.size();
    }

    void rollback(int mark) {
        while (triples.size() > mark) seen.remove(triples.remove(triples.size() - 1));
    }

    public List<Triple> triples() {
        return triples;
    }

    /** Whether {@link #use} records what rules read: only coverage asks, so a run without it need not. */
    private boolean tracksUse = true;

    /** Stops recording which subfields rules read: the caller will not ask for coverage. Returns this context. */
    public RecordContext withoutCoverage() {
        tracksUse = false;
        return this;
    }

    /** Records that a rule read subfield {@code code} of {@code field}. */
    void use(Field field, char code) {
        if (!tracksUse) return;
        long[] mask = used.computeIfAbsent(field, f -> new long[2]);
        mask[code < 64 ? 0 : 1] |= 1L << (code & 63);
    }

    boolean wasUsed(Field field, char code) {
        long[] mask = used.get(field);
        return mask != null && (mask[code < 64 ? 0 : 1] & (1L << (code & 63))) != 0;
    }
}
