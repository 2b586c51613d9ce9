package org.colophon.authority;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.ToDoubleFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.colophon.authority.internal.AuthorityReader;
import org.colophon.authority.internal.Naco;
import org.colophon.authority.internal.NameKey;
import org.colophon.authority.internal.TermPostings;
import org.colophon.authority.internal.TermWeights;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;

/**
 * The authorities the store holds, in memory, looked up by identifier, by normalised heading (preferred or
 * variant) and by the words and pinyin of their names. Filled from the store when opened ({@link #load}) and kept
 * in step by the {@link AuthorityLinker} as authority records are imported or deleted. Safe for concurrent readers.
 *
 * <p>Duplicates — several records with the same normalised heading, of the same kind, that carry no different
 * national numbers (Evergreen's test data holds four records for Handel) — are one entity: lookups return the
 * richest of them ({@link Authority#national()} first, then the most variants).
 */
public final class AuthorityIndex {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Entry> byIri = new HashMap<>();
    private final Map<String, Set<String>> byId = new HashMap<>();
    private final Map<String, Set<String>> byHeading = new HashMap<>();
    private final Map<String, Set<String>> byVariant = new HashMap<>();
    /** The terms of every authority's names, by slot. */
    private final TermPostings byTerm = new TermPostings();
    /** Each held authority's entry at its slot; null for a free slot. */
    private Entry[] slots = new Entry[1024];

    private int nextSlot;
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();

    /**
     * One held authority with what scoring needs, made once when it is put: the name keys of its headings, the
     * dates of its heading, its normalised preferred heading (which duplicates share) and its terms.
     */
    private record Entry(
            Authority authority,
            int slot,
            List<NameKey> keys,
            Naco.Split dates,
            List<Integer> years,
            String headingKey,
            Set<String> terms,
            int group,
            int richness) {}

    /** A number for each kind and normalised heading held: entries with the same one may be duplicates. */
    private final Map<String, Integer> groupIds = new HashMap<>();

    /** Each slot's kind, read without touching its entry (a query tests thousands of slots). */
    private byte[] kindOf = new byte[1024];

    private static final Kind[] KINDS = Kind.values();

    /** A term shared by more authorities than this is not used to find candidates when rarer terms are at hand. */
    private static final int COMMON_TERM = 2000;

    /** At most about this many authorities are scored for one query: those sharing the most terms with it. */
    private static final int POOL = 300;

    public static AuthorityIndex empty() {
        return new AuthorityIndex();
    }

    /** False while {@link #loading} still reads the store. */
    private volatile boolean ready = true;

    private volatile RuntimeException failed;

    /**
     * Whether every authority the store held when this index was opened has been read; {@link #loading} answers
     * false until its reading is done. Throws what stopped the reading, if it failed.
     */
    public boolean ready() {
        if (failed != null) throw new IllegalStateException("reading the authorities failed: " + failed, failed);
        return ready;
    }

    /**
     * An index that reads the store's authorities on a thread of its own and is {@link #ready} when done, so a server
     * can start at once (reading 100,000 authorities takes a minute or two); what asks for it meanwhile should wait
     * (the reconciliation and review servlets answer 503 with Retry-After).
     */
    public static AuthorityIndex loading(GraphStore store) {
        return loading(store, work -> {
            Thread t = new Thread(work, "colophon-authorities");
            t.setDaemon(true);
            t.start();
        });
    }

    /** As {@link #loading(GraphStore)}, the reading run by {@code executor} (a test runs it when it chooses). */
    static AuthorityIndex loading(GraphStore store, java.util.concurrent.Executor executor) {
        AuthorityIndex index = new AuthorityIndex();
        index.ready = false;
        executor.execute(() -> {
            try {
                fill(index, store);
                index.ready = true;
            } catch (RuntimeException e) {
                index.failed = e;
            }
        });
        return index;
    }

    /** Waits until {@link #ready} (or the time is up); returns whether it is. */
    public boolean awaitReady(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!ready() && System.nanoTime() < end) Thread.sleep(20);
        return ready();
    }

    /** Reads every authority the store holds. */
    public static AuthorityIndex load(GraphStore store) {
        AuthorityIndex index = new AuthorityIndex();
        fill(index, store);
        return index;
    }

    private static void fill(AuthorityIndex index, GraphStore store) {
        // every triple of every graph that holds a record#Authority; the nodes of one record all start with its IRI
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?a <" + AuthorityReader.AUTHORITATIVE_LABEL + "> ?l"
                + " FILTER(STRENDS(STR(?a), \"#Authority\")) ?s ?p ?o } }";
        QueryResult.Triples t = (QueryResult.Triples) store.query(q, Duration.ofMinutes(30));
        Map<String, List<Triple>> byGraph = new HashMap<>();
        Map<Node, List<Triple>> blanks = new HashMap<>();
        t.graph().find().forEachRemaining(tr -> {
            Node s = tr.getSubject();
            if (s.isBlank()) blanks.computeIfAbsent(s, k -> new ArrayList<>()).add(tr);
            else if (s.isURI() && s.getURI().indexOf('#') > 0) {
                byGraph.computeIfAbsent(s.getURI().substring(0, s.getURI().indexOf('#')), k -> new ArrayList<>())
                        .add(tr);
            }
        });
        for (Map.Entry<String, List<Triple>> e : byGraph.entrySet()) {
            List<Triple> triples = new ArrayList<>(e.getValue());
            for (Triple tr : e.getValue()) {
                if (tr.getObject().isBlank()) triples.addAll(blanks.getOrDefault(tr.getObject(), List.of()));
            }
            AuthorityReader.read(e.getKey(), triples).ifPresent(index::put);
        }
    }

    /** Adds or replaces an authority. */
    public void put(Authority a) {
        List<NameKey> k = Scoring.keys(a);
        Set<String> terms = new HashSet<>();
        for (NameKey nk : k) terms.addAll(nk.terms());
        Naco.Split dates = a.dates().isEmpty() ? Naco.split(a.label()) : new Naco.Split("", a.dates());
        String hk = Naco.normalize(a.label());
        lock.writeLock().lock();
        try {
            Entry old = byIri.get(a.iri());
            int slot;
            if (old != null) {
                // the same slot: only the terms that changed move, so re-importing an unchanged file costs little
                slot = old.slot();
                unindex(old);
                for (String t : old.terms()) if (!terms.contains(t)) byTerm.remove(t, slot);
                for (String t : terms) if (!old.terms().contains(t)) byTerm.add(t, slot);
            } else {
                slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.pop();
                if (slot >= slots.length) slots = Arrays.copyOf(slots, slots.length * 2);
                byTerm.capacity(slots.length);
                for (String t : terms) byTerm.add(t, slot);
            }
            Entry e = new Entry(
                    a, slot, k, dates, List.copyOf(dates.years()), hk, terms, groupId(a.kind(), hk), a.richness());
            slots[slot] = e;
            if (slot >= kindOf.length) kindOf = Arrays.copyOf(kindOf, slots.length);
            kindOf[slot] = (byte) a.kind().ordinal();
            byIri.put(a.iri(), e);
            for (String id : a.identifiers()) add(byId, id, a.iri());
            add(byHeading, hk, a.iri());
            for (Authority.Variant v : a.variants()) add(byVariant, Naco.normalize(v.label()), a.iri());
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int groupId(Kind kind, String headingKey) {
        return groupIds.computeIfAbsent(kind.name() + "\u0000" + headingKey, x -> groupIds.size());
    }

    /** Removes an authority; returns what was held. */
    public Optional<Authority> remove(String iri) {
        lock.writeLock().lock();
        try {
            Entry e = byIri.remove(iri);
            if (e == null) return Optional.empty();
            unindex(e);
            for (String t : e.terms()) byTerm.remove(t, e.slot());
            slots[e.slot()] = null;
            freeSlots.push(e.slot());
            return Optional.of(e.authority());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops an entry from the lookups by identifier and heading (not from the terms). */
    private void unindex(Entry e) {
        Authority a = e.authority();
        for (String id : a.identifiers()) drop(byId, id, a.iri());
        drop(byHeading, e.headingKey(), a.iri());
        for (Authority.Variant v : a.variants()) drop(byVariant, Naco.normalize(v.label()), a.iri());
    }

    private static void add(Map<String, Set<String>> m, String k, String iri) {
        if (k == null || k.isEmpty()) return;
        m.computeIfAbsent(k, x -> new TreeSet<>()).add(iri);
    }

    private static void drop(Map<String, Set<String>> m, String k, String iri) {
        Set<String> s = m.get(k);
        if (s != null && s.remove(iri) && s.isEmpty()) m.remove(k);
    }

    public int size() {
        lock.readLock().lock();
        try {
            return byIri.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<Authority> get(String iri) {
        lock.readLock().lock();
        try {
            Entry e = byIri.get(iri);
            return e == null ? Optional.empty() : Optional.of(e.authority());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every authority, in IRI order. */
    public List<Authority> all() {
        lock.readLock().lock();
        try {
            List<Authority> out = new ArrayList<>(byIri.size());
            for (Entry e : byIri.values()) out.add(e.authority());
            out.sort(java.util.Comparator.comparing(Authority::iri));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Whether a term is shared by so many authorities that a heading with a rarer term is not looked up by it
     * ({@link #candidates}): relinking looks for waiting headings by an arriving authority's other terms.
     */
    boolean common(String term) {
        lock.readLock().lock();
        try {
            return byTerm.size(term) > COMMON_TERM;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many held authorities have a term among the terms of their names (preferred or variant). */
    int df(String term) {
        lock.readLock().lock();
        try {
            return byTerm.size(term);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * What a word two names share weighs when they are compared ({@link NameKey#similarity(NameKey, TermWeights)}):
     * its rarity among the {@code n} authorities held, {@code idf = ln((n + 1) / (max(df, 1) + 0.5))} with {@code df}
     * the authorities with the word in a heading, over the idf of the rarest word (one authority): 1 for a word one
     * authority has (or none), near 0 for one they nearly all have.
     */
    static double weight(int n, int df) {
        if (n <= 1) return 1;
        double max = Math.log((n + 1.0) / 1.5);
        double idf = Math.log((n + 1.0) / (Math.max(df, 1) + 0.5));
        return Math.max(idf, 0) / max;
    }

    /** The weights of words by their rarity among the authorities held now; callers hold the read lock. */
    private TermWeights weightsLocked() {
        int n = byIri.size();
        return memoised(t -> weight(n, byTerm.size(t)));
    }

    /**
     * The weights of words by their rarity among the authorities held ({@link #weight}), as they are when asked
     * (each word's weight is read once, under the read lock): for scoring many headings in one pass, while no
     * authority arrives.
     */
    TermWeights weights() {
        return memoised(t -> {
            lock.readLock().lock();
            try {
                return weight(byIri.size(), byTerm.size(t));
            } finally {
                lock.readLock().unlock();
            }
        });
    }

    /** Weights that ask {@code weigh} once per word. */
    private static TermWeights memoised(ToDoubleFunction<String> weigh) {
        Map<String, Double> memo = new HashMap<>();
        return t -> memo.computeIfAbsent(t, weigh::applyAsDouble);
    }

    /** Scores one authority for a query, its words weighed by their rarity among the authorities held. */
    Candidate score(Query q, Authority a) {
        lock.readLock().lock();
        try {
            return Scoring.score(q, a, weightsLocked());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The authorities carrying an identifier (a key of {@link Identifiers#key}), duplicates resolved. */
    public List<Authority> byIdentifier(String key) {
        return lookup(byId, key, null);
    }

    /** The authorities whose preferred heading is this one after NACO normalisation, of a compatible kind. */
    public List<Authority> byHeading(String heading, Kind kind) {
        return lookup(byHeading, Naco.normalize(heading), kind);
    }

    /** The authorities with a variant heading that is this one after NACO normalisation, of a compatible kind. */
    public List<Authority> byVariant(String heading, Kind kind) {
        return lookup(byVariant, Naco.normalize(heading), kind);
    }

    private List<Authority> lookup(Map<String, Set<String>> m, String key, Kind kind) {
        lock.readLock().lock();
        try {
            Set<String> iris = m.get(key);
            if (iris == null) return List.of();
            List<Entry> out = new ArrayList<>();
            for (String iri : iris) {
                Entry e = byIri.get(iri);
                if (kind == null || kind.compatible(e.authority().kind())) out.add(e);
            }
            List<Authority> as = new ArrayList<>(out.size());
            for (Entry e : entitiesOf(out)) as.add(e.authority());
            return as;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The authorities scored for a query, best first, at most {@code limit}, duplicates resolved; the first is marked
     * a match when it is strong and well ahead ({@link Scoring}).
     */
    public List<Candidate> candidates(Query q, int limit) {
        return candidates(q, null, limit);
    }

    /**
     * As {@link #candidates(Query, int)}, proposing only authorities of the given kinds (null: any the query's kind
     * allows).
     */
    public List<Candidate> candidates(Query q, Set<Kind> kinds, int limit) {
        Naco.Split split = Naco.split(q.text());
        NameKey qk = NameKey.of(split.name());
        String qDates = q.dates().isEmpty() ? split.dates() : q.dates();
        List<Integer> qYears = qDates.isEmpty() ? List.of() : new Naco.Split("", qDates).years();
        List<Entry> pool;
        List<Candidate> scored;
        lock.readLock().lock();
        try {
            // how many of the query's terms each authority shares; an identifier counts for all of them
            List<Integer> named = new ArrayList<>();
            for (String id : q.identifiers()) {
                for (String iri : byId.getOrDefault(id, Set.of()))
                    named.add(byIri.get(iri).slot());
            }
            Entry[] at = slots;
            byte[] kindAt = kindOf;
            boolean[] allowed = new boolean[KINDS.length];
            for (Kind k : KINDS) {
                allowed[k.ordinal()] =
                        (q.kind() == null || q.kind().compatible(k)) && (kinds == null || kinds.contains(k));
            }
            int[] top = byTerm.top(
                    qk.terms(),
                    named.stream().mapToInt(Integer::intValue).toArray(),
                    1000,
                    COMMON_TERM,
                    POOL,
                    slot -> allowed[kindAt[slot]]);
            pool = new ArrayList<>(top.length);
            for (int slot : top) pool.add(at[slot]);
            // every entity is scored (a number), and candidates are made only for the best limit + 1 (the one after
            // the last decides the match flag), ties at the cut included; under the lock, as the words' weights
            // are read from the postings
            TermWeights weights = weightsLocked();
            List<Entry> es = entitiesOf(pool);
            double[] quick = new double[es.size()];
            double[] scratch = new double[1];
            for (int i = 0; i < quick.length; i++) {
                Entry e = es.get(i);
                quick[i] = Scoring.quick(
                        q,
                        qk,
                        qYears,
                        e.authority(),
                        e.keys(),
                        e.years(),
                        e.dates().open(),
                        scratch,
                        weights);
            }
            double cut = Double.NEGATIVE_INFINITY;
            if (quick.length > limit + 1) {
                double[] sorted = quick.clone();
                Arrays.sort(sorted);
                cut = sorted[sorted.length - 1 - limit];
            }
            scored = new ArrayList<>(Math.min(quick.length, limit + 4));
            for (int i = 0; i < quick.length; i++) {
                if (quick[i] < cut) continue;
                Entry e = es.get(i);
                scored.add(Scoring.score(q, qk, qYears, e.authority(), e.keys(), e.dates(), weights));
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Candidate> ranked = Scoring.rank(scored);
        return ranked.size() > limit ? ranked.subList(0, limit) : ranked;
    }

    /** Resolves duplicates: one authority per entity, the richest. */
    private static List<Entry> entitiesOf(List<Entry> es) {
        // most pools hold no duplicates: find out by sorting the group numbers, before grouping anything
        int[] gs = new int[es.size()];
        for (int i = 0; i < gs.length; i++) gs[i] = es.get(i).group();
        Arrays.sort(gs);
        boolean dup = false;
        for (int i = 1; i < gs.length && !dup; i++) dup = gs[i] == gs[i - 1];
        if (!dup) return es;
        Map<Integer, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : es) {
            groups.computeIfAbsent(e.group(), k -> new ArrayList<>(1)).add(e);
        }
        List<Entry> out = new ArrayList<>(groups.size());
        for (List<Entry> g : groups.values()) {
            if (g.size() == 1) {
                out.add(g.get(0));
                continue;
            }
            g.sort((x, y) -> {
                int c = Integer.compare(y.richness(), x.richness());
                return c != 0 ? c : x.authority().iri().compareTo(y.authority().iri());
            });
            // records with different national numbers are different entities, whatever their headings say
            List<Entry> kept = new ArrayList<>();
            for (Entry e : g) {
                boolean same = false;
                for (Entry k : kept) if (!conflict(k.authority(), e.authority())) same = true;
                if (!same) kept.add(e);
            }
            out.addAll(kept);
        }
        return out;
    }

    private static boolean conflict(Authority x, Authority y) {
        Set<String> nx = national(x);
        Set<String> ny = national(y);
        if (nx.isEmpty() || ny.isEmpty()) return false;
        for (String id : nx) if (ny.contains(id)) return false;
        return true;
    }

    private static Set<String> national(Authority a) {
        Set<String> out = new HashSet<>();
        for (String id : a.identifiers()) if (id.startsWith("lccn:") || id.startsWith("gnd:")) out.add(id);
        return out;
    }
}
