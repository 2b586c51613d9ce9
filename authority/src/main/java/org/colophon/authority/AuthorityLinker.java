package org.colophon.authority;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.authority.internal.AuthorityReader;
import org.colophon.authority.internal.BibHeadings;
import org.colophon.authority.internal.Naco;
import org.colophon.authority.internal.NameKey;
import org.colophon.authority.internal.TermWeights;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.RecordMeta;
import org.colophon.ingest.IngestListener;

/**
 * Links headings to authorities as records are imported, inside the store's batch: an authority record joins the
 * {@link AuthorityIndex}; a bibliographic record's headings are resolved by the {@link Linker} and the outcome is
 * written to a graph of its own, {@code https://w3id.org/colophon/graph/links/{source}/{record}} (stored under the
 * source {@value #LINKS_SOURCE}), so it commits — or is abandoned — with the record and is replaced or dropped with
 * it. That graph holds, for every linked heading,
 *
 * <pre>
 * &lt;record#Agent700-1&gt; madsrdf:isIdentifiedByAuthority &lt;auth/n79021164#Authority&gt; .
 * &lt;links#link-1&gt; a colophon:AuthorityLink ; colophon:heading &lt;record#Agent700-1&gt; ;
 *     colophon:authority &lt;…#Authority&gt; ; colophon:method "exact" ; colophon:score 100.0 .
 * </pre>
 *
 * and for every heading a cataloguer should decide, a {@code colophon:ReviewItem} with its label, kind and
 * candidates ({@code colophon review list}).
 */
public final class AuthorityLinker implements IngestListener {
    public static final String LINKS_SOURCE = "colophon-links";
    public static final String LINKS_GRAPH = "https://w3id.org/colophon/graph/links/";
    public static final String NS = org.colophon.graph.ColophonMeta.NS;
    /** Bumped when what the linker writes changes, so every link graph is rewritten. */
    static final String VERSION = "links-4";

    /** Keys or authorities asked about per query when looking for records to relink. */
    private static final int VALUES_CHUNK = 400;

    private final AuthorityIndex index;
    private final Linker linker;
    private final Decisions decisions;
    /** source NUL record id → authority IRI, for deletions. */
    private final Map<String, String> authorityOfRecord = new ConcurrentHashMap<>();
    /** What this batch changed in the index, to undo when it is abandoned (null: was absent). */
    private final Map<String, Authority> undo = new HashMap<>();
    /** The store, to relink earlier records when authorities arrive or go; null: no relinking. */
    private final GraphStore store;
    /** Authorities this batch added or replaced, and those it removed: their records are relinked after commit. */
    private final List<Authority> arrived = new ArrayList<>();

    private final Set<String> departed = new LinkedHashSet<>();
    /** Records the last commit found concerned by authorities that arrived or went, to hand to the core. */
    private final Set<String> toRelink = new LinkedHashSet<>();
    /** Records handed to the core to relink and not yet relinked: their links are counted apart. */
    private final Set<String> relinkPending = new java.util.HashSet<>();

    private final int crowdedTerm;

    private long relinkedRecords;
    private long relinkedLinks;
    /** Time spent finding the records arriving authorities concern, and heading rows read back for scoring. */
    private long lookupNanos;

    private long lookupRows;

    private long headings;
    private long linked;
    private long queued;
    private long linkNanos;

    /** A linker that links records as they are imported, and never goes back to earlier ones. */
    public AuthorityLinker(AuthorityIndex index, Decisions decisions) {
        this(index, decisions, null);
    }

    /**
     * A linker that also relinks, after each commit, the records already in {@code store} that an authority arriving
     * (or going) in the batch may concern: those with a heading written as one of its headings or naming one of its
     * identifiers, or one it scores at least {@link Linker#REVIEW_SCORE} for, and those linked to an authority that
     * went.
     */
    public AuthorityLinker(AuthorityIndex index, Decisions decisions, GraphStore store) {
        this(index, decisions, store, CROWDED_TERM);
    }

    /** As above, a term held by more than {@code crowdedTerm} headings counting as crowded (tests use a small one). */
    AuthorityLinker(AuthorityIndex index, Decisions decisions, GraphStore store, int crowdedTerm) {
        this.crowdedTerm = crowdedTerm;
        this.index = index;
        this.linker = new Linker(index, decisions);
        this.decisions = decisions;
        this.store = store;
    }

    private boolean recordsKnown;

    /** source NUL record id → authority IRI, read from the index on first use (it may still be loading when made). */
    private Map<String, String> authorityOfRecord() {
        if (!recordsKnown) {
            recordsKnown = true;
            for (Authority a : index.all()) {
                String k = keyOfGraph(a.graph());
                if (k != null) authorityOfRecord.putIfAbsent(k, a.iri());
            }
        }
        return authorityOfRecord;
    }

    /**
     * The (source, record id) key of a record's graph, {@code {base}{source}/{id}} with both percent-encoded, as the
     * transform mints it; null when the IRI has no such shape.
     */
    static String keyOfGraph(String graph) {
        int slash = graph.lastIndexOf('/');
        int before = slash > 0 ? graph.lastIndexOf('/', slash - 1) : -1;
        if (before < 0) return null;
        try {
            return key(
                    URLDecoder.decode(graph.substring(before + 1, slash), StandardCharsets.UTF_8),
                    URLDecoder.decode(graph.substring(slash + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public AuthorityIndex index() {
        return index;
    }

    Decisions decisions() {
        return decisions;
    }

    /**
     * Headings seen, linked and queued for review since this linker was made, the nanoseconds spent linking, the
     * earlier records relinked because authorities arrived or went, and the headings linked in those records.
     */
    public long[] counts() {
        return new long[] {headings, linked, queued, linkNanos, relinkedRecords, relinkedLinks};
    }

    /**
     * What finding the records to relink cost since this linker was made: the nanoseconds spent after commits asking
     * the store, and the heading rows read back to score (a benchmark's figures).
     */
    public long[] lookupCounts() {
        return new long[] {lookupNanos, lookupRows};
    }

    /**
     * An authority record joins the index; a bibliographic record's headings are linked, its link graph written into
     * the batch, and the links returned, so that the search index files the record under its authorities at once.
     */
    @Override
    public List<Triple> derive(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
        if (meta.sourceId().equals(LINKS_SOURCE)) return List.of();
        if (AuthorityReader.isAuthority(meta.graphIri(), triples)) {
            AuthorityReader.read(meta.graphIri(), triples).ifPresent(a -> {
                remember(a.iri());
                index.put(a);
                authorityOfRecord().put(key(meta.sourceId(), meta.recordId()), a.iri());
                if (store != null) arrived.add(a);
            });
            return List.of();
        }
        boolean relink = relinkPending.remove(meta.graphIri());
        long[] before = {headings, linked, queued};
        long t0 = System.nanoTime();
        List<Triple> out = links(meta, BibHeadings.of(meta.graphIri(), triples));
        if (relink) {
            // the counts are the import's own; what relinking links is counted apart
            relinkedRecords++;
            relinkedLinks += linked - before[1];
            headings = before[0];
            linked = before[1];
            queued = before[2];
        } else linkNanos += System.nanoTime() - t0;
        String graph = linksGraph(meta.graphIri());
        if (out.isEmpty()) {
            batch.delete(LINKS_SOURCE, linksId(meta));
            return out;
        }
        batch.put(new RecordMeta(LINKS_SOURCE, linksId(meta), graph, null, digest(out), VERSION), out);
        return out;
    }

    /** The link graph of a record's graph. */
    static String linksGraph(String recordGraph) {
        return LINKS_GRAPH + recordGraph.replaceFirst("^[a-z]+://", "");
    }

    /** The links the store holds for a record (its headings' authorities), as {@link #derive} returned them. */
    @Override
    public List<Triple> derived(GraphStore store, String sourceId, String recordId, String graphIri) {
        return storedLinks(store, graphIri);
    }

    /**
     * The {@code madsrdf:isIdentifiedByAuthority} and {@code colophon:componentAuthority} triples of a record's link
     * graph: what the search index needs of it.
     */
    public static List<Triple> storedLinks(GraphStore store, String graphIri) {
        String q = "CONSTRUCT { ?h ?p ?a } WHERE { GRAPH <" + linksGraph(graphIri) + "> { ?h ?p ?a"
                + " VALUES ?p { <" + AuthorityReader.MADS + "isIdentifiedByAuthority> <" + NS
                + "componentAuthority> } } }";
        QueryResult.Triples t = (QueryResult.Triples) store.query(q, Duration.ofMinutes(5));
        return t.graph().find().toList();
    }

    private static String linksId(RecordMeta meta) {
        return meta.sourceId() + "/" + meta.recordId();
    }

    private List<Triple> links(RecordMeta meta, List<BibHeadings.Heading> hs) {
        List<Triple> out = new ArrayList<>();
        String graph = linksGraph(meta.graphIri());
        int n = 0;
        int r = 0;
        for (BibHeadings.Heading h : hs) {
            headings++;
            Resolution res = linker.resolve(h.kind(), h.label(), h.identifiers());
            Node heading = NodeFactory.createURI(h.node());
            if (res.linked()) {
                linked++;
                Node auth = NodeFactory.createURI(res.authority().iri());
                out.add(Triple.create(heading, iri(AuthorityReader.MADS + "isIdentifiedByAuthority"), auth));
                Node link = NodeFactory.createURI(graph + "#link-" + (++n));
                out.add(Triple.create(link, iri(RDF_TYPE), iri(NS + "AuthorityLink")));
                out.add(Triple.create(link, iri(NS + "heading"), heading));
                out.add(Triple.create(link, iri(NS + "authority"), auth));
                out.add(Triple.create(link, iri(NS + "method"), NodeFactory.createLiteralString(res.method())));
                out.add(Triple.create(link, iri(NS + "score"), dbl(res.score())));
            } else if (!res.review().isEmpty()) {
                queued++;
                Node item = NodeFactory.createURI(graph + "#review-" + (++r));
                out.add(Triple.create(item, iri(RDF_TYPE), iri(NS + "ReviewItem")));
                out.add(Triple.create(item, iri(NS + "heading"), heading));
                out.add(Triple.create(item, iri(NS + "label"), NodeFactory.createLiteralString(h.label())));
                out.add(Triple.create(
                        item,
                        iri(NS + "kind"),
                        NodeFactory.createLiteralString(h.kind().label())));
                int c = 0;
                for (Candidate cand : res.review()) {
                    Node cn = NodeFactory.createURI(graph + "#review-" + r + "-" + (++c));
                    out.add(Triple.create(item, iri(NS + "candidate"), cn));
                    out.add(Triple.create(
                            cn, iri(NS + "authority"), iri(cand.authority().iri())));
                    out.add(Triple.create(cn, iri(NS + "score"), dbl(cand.score())));
                    out.add(Triple.create(
                            cn,
                            iri(NS + "label"),
                            NodeFactory.createLiteralString(cand.authority().label())));
                }
            }
            boolean partLinked = false;
            boolean partScored = false;
            if (!res.linked() && h.main() != null && h.mainKind() != null) {
                // no authority for the whole subdivided heading: its main heading's, as a component
                Resolution part = linker.resolve(h.mainKind(), h.main(), Set.of());
                partLinked = part.linked();
                partScored = part.linked() && SCORED.equals(part.method());
                if (part.linked()) {
                    linked++;
                    Node auth = NodeFactory.createURI(part.authority().iri());
                    out.add(Triple.create(heading, iri(NS + "componentAuthority"), auth));
                    Node link = NodeFactory.createURI(graph + "#link-" + (++n));
                    out.add(Triple.create(link, iri(RDF_TYPE), iri(NS + "AuthorityLink")));
                    out.add(Triple.create(link, iri(NS + "heading"), heading));
                    out.add(Triple.create(link, iri(NS + "authority"), auth));
                    out.add(Triple.create(link, iri(NS + "component"), NodeFactory.createLiteralString(h.main())));
                    out.add(Triple.create(link, iri(NS + "method"), NodeFactory.createLiteralString(part.method())));
                    out.add(Triple.create(link, iri(NS + "score"), dbl(part.score())));
                }
            }
            boolean waits = !res.linked() && !partLinked;
            if (waits) {
                // a heading that waits: its NACO keys, so an authority arriving with it finds it by punctuation or case
                for (String k : keys(h.label())) out.add(Triple.create(heading, iri(NS + "headingKey"), str(k)));
                if (h.main() != null)
                    for (String k : keys(h.main())) out.add(Triple.create(heading, iri(NS + "headingKey"), str(k)));
            }
            if (waits || SCORED.equals(res.method()) || partScored) {
                // and the terms the scorer compares, so an authority it would match (or that would outscore a scored
                // link) finds it: each term once per heading, the terms of the whole and of its main heading
                Set<String> terms = new LinkedHashSet<>(terms(h.label()));
                if (h.main() != null) terms.addAll(terms(h.main()));
                for (String t : terms) out.add(Triple.create(heading, iri(NS + "headingTerm"), str(t)));
            }
        }
        return out;
    }

    @Override
    public void deleted(String sourceId, String recordId, GraphStore.Batch batch) {
        if (sourceId.equals(LINKS_SOURCE)) return;
        String iri = authorityOfRecord().remove(key(sourceId, recordId));
        if (iri != null) {
            remember(iri);
            index.remove(iri);
            if (store != null) departed.add(iri);
        }
        batch.delete(LINKS_SOURCE, sourceId + "/" + recordId);
    }

    private void remember(String iri) {
        if (!undo.containsKey(iri)) undo.put(iri, index.get(iri).orElse(null));
    }

    @Override
    public void committed() {
        undo.clear();
        if (arrived.isEmpty() && departed.isEmpty()) return;
        long t0 = System.nanoTime();
        Set<String> graphs = concerned();
        lookupNanos += System.nanoTime() - t0;
        arrived.clear();
        departed.clear();
        toRelink.addAll(graphs);
    }

    /**
     * The records the authorities that arrived or went in the last batch concern: the ingestion core relinks them
     * ({@link org.colophon.ingest.Ingest#refresh}), so their link graphs and search documents change together.
     */
    @Override
    public Collection<String> stale() {
        List<String> out = List.copyOf(toRelink);
        relinkPending.addAll(out);
        toRelink.clear();
        return out;
    }

    /**
     * The graphs of the records in the store that the authorities which arrived or went may concern: those with a
     * heading written as one of the arrivals' headings or variants (with or without its dates; exactly, or the same
     * after NACO normalisation, by the {@code colophon:headingKey} the link graph keeps for each heading that waits)
     * or naming one of their identifiers as an IRI, those the arrivals would score enough for ({@link
     * #scoredHeadings}), and those linked to an authority that went.
     */
    private Set<String> concerned() {
        Set<String> graphs = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> iris = new LinkedHashSet<>();
        for (Authority a : arrived) {
            forms(labels, a.label());
            for (Authority.Variant v : a.variants()) if (v.lang().isEmpty()) forms(labels, v.label());
            for (String id : a.identifiers()) {
                if (id.startsWith("lccn:")) {
                    iris.add("http://id.loc.gov/authorities/names/" + id.substring(5));
                    iris.add("http://id.loc.gov/authorities/subjects/" + id.substring(5));
                } else if (id.startsWith("gnd:")) iris.add("https://d-nb.info/gnd/" + id.substring(4));
                else if (id.startsWith("http")) iris.add(id);
            }
        }
        for (List<String> chunk : chunks(labels)) {
            StringBuilder q = new StringBuilder("SELECT DISTINCT ?h WHERE { VALUES ?l {");
            for (String l : chunk) q.append(' ').append(literal(l));
            q.append(" } ?h <http://www.w3.org/2000/01/rdf-schema#label> ?l"
                    + " FILTER(!STRENDS(STR(?h), \"#Authority\")) }");
            graphsOf(q.toString(), graphs);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Authority a : arrived) {
            keys.addAll(keys(a.label()));
            for (Authority.Variant v : a.variants()) keys.addAll(keys(v.label()));
        }
        for (List<String> chunk : chunks(keys)) {
            StringBuilder q = new StringBuilder("SELECT DISTINCT ?h WHERE { VALUES ?k {");
            for (String k : chunk) q.append(' ').append(literal(k));
            q.append(" } ?h <").append(NS).append("headingKey> ?k }");
            graphsOf(q.toString(), graphs);
        }
        scoredHeadings(graphs);
        for (List<String> chunk : chunks(iris)) {
            StringBuilder q = new StringBuilder("SELECT DISTINCT ?h WHERE { VALUES ?i {");
            for (String i : chunk) q.append(" <").append(i).append('>');
            q.append(" } { ?h <").append(AuthorityReader.MADS).append("isIdentifiedByAuthority> ?i }");
            q.append(" UNION { ?h <")
                    .append("http://www.w3.org/2002/07/owl#sameAs")
                    .append("> ?i }");
            q.append(" FILTER(!STRENDS(STR(?h), \"#Authority\")) }");
            graphsOf(q.toString(), graphs);
        }
        for (List<String> chunk : chunks(departed)) {
            StringBuilder q = new StringBuilder("SELECT DISTINCT ?h WHERE { VALUES ?a {");
            for (String a : chunk) q.append(" <").append(a).append('>');
            q.append(" } { ?h <")
                    .append(AuthorityReader.MADS)
                    .append("isIdentifiedByAuthority> ?a } UNION { ?h <")
                    .append(NS)
                    .append("componentAuthority> ?a } }");
            graphsOf(q.toString(), graphs);
        }
        // link graphs name headings of other graphs; only records' own graphs are relinked
        graphs.removeIf(g -> g.startsWith(LINKS_GRAPH));
        return graphs;
    }

    /**
     * Adds the graphs of the records with a heading the scorer would weigh against an arriving authority: headings
     * that wait (or were linked by score) keep the terms of their names in their link graph ({@code
     * colophon:headingTerm}), and a record is relinked when an arriving authority scores at least {@link
     * Linker#REVIEW_SCORE} for one of its headings — enough to be linked, queued for review, or to end a scored link's
     * lead. One pass for all the authorities of a commit:
     *
     * <ol>
     *   <li>each authority's lookup terms are those the linker's own lookup uses: its terms that more than a few
     *       thousand held authorities share are skipped when it has rarer ones, as a heading's are when it looks for
     *       candidates;
     *   <li>the headings holding each term are read, at most {@value #CROWDED_TERM} of them; a term more headings
     *       hold is crowded: for it, the authority reads only the headings holding two of its crowded terms at once
     *       (all those holding it when it is the authority's only term), so a heading that shares a single crowded
     *       word with it, and nothing else, is left to its record's next import;
     *   <li>the labels of the headings found are read, once each, and every distinct label is scored once against
     *       each authority that found it, name keys made once.
     * </ol>
     *
     * So the work grows with the headings that share an arriving authority's distinctive words, not with the store.
     */
    private void scoredHeadings(Set<String> graphs) {
        Map<Authority, Set<String>> termsOf = new java.util.LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        TermWeights weights = index.weights();
        for (Authority a : arrived) {
            // only the rarest of its terms: a heading holding none of them cannot score enough against it
            Set<String> terms = needed(Scoring.keys(a), weights);
            Set<String> rare = new LinkedHashSet<>();
            for (String t : terms) if (!index.common(t)) rare.add(t);
            Set<String> lookup = rare.isEmpty() ? terms : rare;
            if (lookup.isEmpty()) continue;
            termsOf.put(a, lookup);
            all.addAll(lookup);
        }
        // the headings holding each term, up to the cap (one more tells the term is crowded)
        Map<String, List<String>> holders = new HashMap<>();
        for (List<String> chunk : chunks(all, TERMS_CHUNK)) {
            StringBuilder q = new StringBuilder("SELECT ?t ?h WHERE {");
            String sep = " ";
            for (String t : chunk) {
                q.append(sep)
                        .append("{ SELECT ?h (")
                        .append(literal(t))
                        .append(" AS ?t) WHERE { ?h <")
                        .append(NS)
                        .append("headingTerm> ")
                        .append(literal(t))
                        .append(" } LIMIT ")
                        .append(crowdedTerm + 1)
                        .append(" }");
                sep = " UNION ";
            }
            q.append(" }");
            QueryResult.Select rows = (QueryResult.Select) store.query(q.toString(), Duration.ofMinutes(10));
            for (Binding b : rows.rows()) {
                lookupRows++;
                holders.computeIfAbsent(b.get(Var.alloc("t")).getLiteralLexicalForm(), k -> new ArrayList<>())
                        .add(b.get(Var.alloc("h")).getURI());
            }
        }
        // each heading found, and the authorities that found it
        Map<String, List<Authority>> found = new HashMap<>();
        Map<List<String>, List<String>> sharing = new HashMap<>();
        for (Map.Entry<Authority, Set<String>> e : termsOf.entrySet()) {
            List<String> open = new ArrayList<>();
            List<String> crowded = new ArrayList<>();
            for (String t : e.getValue())
                (holders.getOrDefault(t, List.of()).size() > crowdedTerm ? crowded : open).add(t);
            Set<String> hs = new LinkedHashSet<>();
            for (String t : open) hs.addAll(holders.getOrDefault(t, List.of()));
            if (crowded.size() > 1 || open.isEmpty()) hs.addAll(sharing.computeIfAbsent(crowded, this::holdingCrowded));
            for (String h : hs) {
                int hash = h.indexOf('#');
                if (hash < 0 || graphs.contains(h.substring(0, hash))) continue;
                found.computeIfAbsent(h, k -> new ArrayList<>(1)).add(e.getKey());
            }
        }
        Map<String, Arrival> arrivals = new HashMap<>();
        Map<String, Text> texts = new HashMap<>();
        Map<String, Boolean> weighed = new HashMap<>();
        double[] scratch = new double[1];
        for (List<String> chunk : chunks(found.keySet(), VALUES_CHUNK)) {
            StringBuilder q = new StringBuilder("SELECT ?h ?l WHERE { VALUES ?h {");
            for (String h : chunk) q.append(" <").append(h).append('>');
            q.append(" } ?h <").append(RDFS_LABEL).append("> ?l }");
            QueryResult.Select rows = (QueryResult.Select) store.query(q.toString(), Duration.ofMinutes(10));
            for (Binding b : rows.rows()) {
                lookupRows++;
                String h = b.get(Var.alloc("h")).getURI();
                String graph = h.substring(0, h.indexOf('#'));
                if (graphs.contains(graph)) continue;
                String label = b.get(Var.alloc("l")).getLiteralLexicalForm();
                for (Authority a : found.get(h)) {
                    Boolean w = weighed.get(label + '\u0000' + a.iri());
                    if (w == null) {
                        w = weighs(
                                label, arrivals.computeIfAbsent(a.iri(), k -> Arrival.of(a)), texts, scratch, weights);
                        weighed.put(label + '\u0000' + a.iri(), w);
                    }
                    if (w) {
                        graphs.add(graph);
                        break;
                    }
                }
            }
        }
    }

    /** The least name similarity with which an authority can score {@link Linker#REVIEW_SCORE} (dates and type 1). */
    static final double LEAST_SIMILARITY = Scoring.leastSimilarityFor(Linker.REVIEW_SCORE);

    /**
     * The terms of an authority's names of which a heading must hold one to score at least {@link Linker#REVIEW_SCORE}
     * against it: for each name (words, and pinyin syllables), its rarest terms, taken rarest first until a heading
     * holding none of them could not be {@link #LEAST_SIMILARITY} alike even if it held every other word of the name
     * and matched each of those by an initial ({@link NameKey#similarity(NameKey, TermWeights)}: a shared word
     * weighs its rarity, a missing one 1, an initial half of each). Single letters are never asked for: a heading
     * matches them by a word they start; they count as shared. Common words of a name thus need no reading at all.
     */
    static Set<String> needed(List<NameKey> keys, TermWeights weights) {
        Set<String> out = new LinkedHashSet<>();
        for (NameKey k : keys) {
            needed(k.words(), weights, out);
            needed(k.pinyin(), weights, out);
        }
        return out;
    }

    private static void needed(List<String> words, TermWeights weights, Set<String> out) {
        if (words.isEmpty()) return;
        // distinct terms, rarest (heaviest) first; single letters stay with the rest, counted as shared at weight 1
        Map<String, Integer> times = new java.util.LinkedHashMap<>();
        for (String w : words) if (w.length() > 1) times.merge(w, 1, Integer::sum);
        List<String> order = new ArrayList<>(times.keySet());
        order.sort((x, y) -> Double.compare(weights.weight(y), weights.weight(x)));
        double rest = 0; // 2 × the weights of the words a heading may still share
        for (String w : words) rest += 2 * (w.length() > 1 ? weights.weight(w) : 1);
        double initials = 0; // the words left out, each matched by an initial at best: its weight over its weight + 1
        int missing = 0;
        for (String t : order) {
            // the best a heading holding none of the terms taken so far can do
            double shared = rest + initials;
            if (shared + missing <= 0 || shared / (shared + missing) < LEAST_SIMILARITY - 1e-9) return;
            int n = times.get(t);
            double w = weights.weight(t);
            rest -= 2 * w * n;
            initials += w * n;
            missing += n;
            out.add(t);
        }
    }

    /** A term more headings than this hold is crowded: it finds an authority's headings only with another. */
    static final int CROWDED_TERM = 5_000;

    /** Terms asked about per query when reading the headings that hold them. */
    private static final int TERMS_CHUNK = 100;

    /**
     * The headings holding two of an authority's crowded terms (the store counts them, the linker reads only the
     * headings that hold two), or all the headings holding its one term when that is all it has.
     */
    private List<String> holdingCrowded(List<String> crowded) {
        List<String> out = new ArrayList<>();
        if (crowded.isEmpty()) return out;
        if (crowded.size() == 1) {
            String q = "SELECT ?h WHERE { ?h <" + NS + "headingTerm> " + literal(crowded.get(0)) + " }";
            for (Binding b : ((QueryResult.Select) store.query(q, Duration.ofMinutes(10))).rows()) {
                lookupRows++;
                out.add(b.get(Var.alloc("h")).getURI());
            }
            return out;
        }
        // one scan of each crowded term's postings, grouped in the store: no heading read once per pair it holds
        StringBuilder q = new StringBuilder("SELECT ?h WHERE { VALUES ?t {");
        for (String t : crowded) q.append(' ').append(literal(t));
        q.append(" } ?h <").append(NS).append("headingTerm> ?t } GROUP BY ?h HAVING (COUNT(?t) >= 2)");
        QueryResult.Select rows = (QueryResult.Select) store.query(q.toString(), Duration.ofMinutes(10));
        for (Binding b : rows.rows()) {
            lookupRows++;
            out.add(b.get(Var.alloc("h")).getURI());
        }
        return out;
    }

    /** An arriving authority made ready to be scored many times: its name keys and years, read once. */
    private record Arrival(Authority authority, List<NameKey> keys, List<Integer> years, boolean open) {
        static Arrival of(Authority a) {
            Naco.Split d = a.dates().isEmpty() ? Naco.split(a.label()) : new Naco.Split("", a.dates());
            return new Arrival(a, Scoring.keys(a), d.years(), d.open());
        }
    }

    /** A heading's text made ready to be scored many times: its name key and years. */
    private record Text(NameKey key, List<Integer> years) {
        static Text of(String text) {
            Naco.Split split = Naco.split(text);
            String dates = split.dates();
            return new Text(NameKey.of(split.name()), dates.isEmpty() ? List.of() : new Naco.Split("", dates).years());
        }
    }

    /**
     * Whether an authority scores enough for a heading (or for its main heading, before {@code --}) to count: the
     * score {@link Scoring#score} gives, with the keys made once.
     */
    private static boolean weighs(
            String label, Arrival a, Map<String, Text> texts, double[] scratch, TermWeights weights) {
        int sub = label.indexOf("--");
        for (String text : sub > 0 ? List.of(label, label.substring(0, sub).strip()) : List.of(label)) {
            Text t = texts.computeIfAbsent(text, Text::of);
            Query q = new Query(text, a.authority().kind(), "", Set.of());
            double score = Scoring.quick(
                    q, t.key(), t.years(), a.authority(), a.keys(), a.years(), a.open(), scratch, weights);
            if (score >= Linker.REVIEW_SCORE) return true;
        }
        return false;
    }

    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    /** A heading as written, and without its dates ("Mozart, Wolfgang Amadeus"), as bib records may write it. */
    private static void forms(Set<String> out, String label) {
        out.add(label);
        String name = Naco.split(label).name();
        if (!name.isEmpty()) out.add(name);
    }

    private void graphsOf(String q, Set<String> graphs) {
        QueryResult.Select rows = (QueryResult.Select) store.query(q, Duration.ofMinutes(10));
        for (Binding b : rows.rows()) {
            String h = b.get(Var.alloc("h")).getURI();
            int hash = h.indexOf('#');
            if (hash > 0) graphs.add(h.substring(0, hash));
        }
    }

    private static List<List<String>> chunks(Set<String> all) {
        return chunks(all, VALUES_CHUNK);
    }

    private static List<List<String>> chunks(Set<String> all, int size) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String s : all) {
            cur.add(s);
            if (cur.size() == size) {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void abandoned() {
        toRelink.clear();
        arrived.clear();
        departed.clear();
        for (Map.Entry<String, Authority> e : undo.entrySet()) {
            if (e.getValue() == null) index.remove(e.getKey());
            else index.put(e.getValue());
        }
        undo.clear();
    }

    private static String key(String sourceId, String recordId) {
        return sourceId + "\u0000" + recordId;
    }

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The method of a link the scorer decided. */
    private static final String SCORED = "scored";

    /** The words and pinyin syllables of a heading's name (its dates left out), as the scorer compares them. */
    static Set<String> terms(String heading) {
        return NameKey.of(Naco.split(heading).name()).terms();
    }

    /** A heading's NACO key, and its key without dates ("Mozart, Wolfgang Amadeus"), as the linker compares them. */
    static Set<String> keys(String heading) {
        Set<String> out = new LinkedHashSet<>();
        String k = Naco.normalize(heading);
        if (!k.isEmpty()) out.add(k);
        String name = Naco.split(heading).name();
        if (!name.isEmpty()) {
            String n = Naco.normalize(name);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    private static Node dbl(double d) {
        return NodeFactory.createLiteralDT(Double.toString(d), XSDDatatype.XSDdouble);
    }

    private static String digest(List<Triple> triples) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Triple t : triples) md.update((t.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
