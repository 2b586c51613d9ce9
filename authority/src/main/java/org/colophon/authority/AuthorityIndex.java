package org.colophon.authority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.colophon.authority.internal.AuthorityReader;
import org.colophon.authority.internal.Naco;
import org.colophon.authority.internal.NameKey;
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
    private final Map<String, Authority> byIri = new HashMap<>();
    private final Map<String, Set<String>> byId = new HashMap<>();
    private final Map<String, Set<String>> byHeading = new HashMap<>();
    private final Map<String, Set<String>> byVariant = new HashMap<>();
    private final Map<String, Set<String>> byTerm = new HashMap<>();
    private final Map<String, List<NameKey>> keys = new HashMap<>();
    /** The dates of each authority's heading, read once. */
    private final Map<String, Naco.Split> datesOf = new HashMap<>();
    /** The normalised preferred heading of each authority, which duplicates share. */
    private final Map<String, String> headingKeys = new HashMap<>();

    /** A term shared by more authorities than this is not used to find candidates when rarer terms are at hand. */
    private static final int COMMON_TERM = 2000;

    /** At most about this many authorities are scored for one query: those sharing the most terms with it. */
    private static final int POOL = 300;

    public static AuthorityIndex empty() {
        return new AuthorityIndex();
    }

    /** Reads every authority the store holds. */
    public static AuthorityIndex load(GraphStore store) {
        AuthorityIndex index = new AuthorityIndex();
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
        return index;
    }

    /** Adds or replaces an authority. */
    public void put(Authority a) {
        lock.writeLock().lock();
        try {
            removeLocked(a.iri());
            byIri.put(a.iri(), a);
            List<NameKey> k = Scoring.keys(a);
            keys.put(a.iri(), k);
            for (String id : a.identifiers()) add(byId, id, a.iri());
            String hk = Naco.normalize(a.label());
            headingKeys.put(a.iri(), hk);
            datesOf.put(a.iri(), a.dates().isEmpty() ? Naco.split(a.label()) : new Naco.Split("", a.dates()));
            add(byHeading, hk, a.iri());
            for (Authority.Variant v : a.variants()) add(byVariant, Naco.normalize(v.label()), a.iri());
            for (NameKey nk : k) for (String term : nk.terms()) add(byTerm, term, a.iri());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes an authority; returns what was held. */
    public Optional<Authority> remove(String iri) {
        lock.writeLock().lock();
        try {
            return Optional.ofNullable(removeLocked(iri));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Authority removeLocked(String iri) {
        Authority a = byIri.remove(iri);
        if (a == null) return null;
        for (String id : a.identifiers()) drop(byId, id, iri);
        drop(byHeading, headingKeys.remove(iri), iri);
        datesOf.remove(iri);
        for (Authority.Variant v : a.variants()) drop(byVariant, Naco.normalize(v.label()), iri);
        for (NameKey nk : keys.remove(iri)) for (String term : nk.terms()) drop(byTerm, term, iri);
        return a;
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
            return Optional.ofNullable(byIri.get(iri));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every authority, in IRI order. */
    public List<Authority> all() {
        lock.readLock().lock();
        try {
            List<Authority> out = new ArrayList<>(byIri.values());
            out.sort(java.util.Comparator.comparing(Authority::iri));
            return out;
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
            List<Authority> out = new ArrayList<>();
            for (String iri : iris) {
                Authority a = byIri.get(iri);
                if (kind == null || kind.compatible(a.kind())) out.add(a);
            }
            return entitiesOf(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The authorities scored for a query, best first, at most {@code limit}, duplicates resolved; the first is marked
     * a match when it is strong and well ahead ({@link Scoring}).
     */
    public List<Candidate> candidates(Query q, int limit) {
        List<Authority> pool;
        Naco.Split split = Naco.split(q.text());
        NameKey qk = NameKey.of(split.name());
        String qDates = q.dates().isEmpty() ? split.dates() : q.dates();
        List<Integer> qYears = qDates.isEmpty() ? List.of() : new Naco.Split("", qDates).years();
        Map<String, List<NameKey>> poolKeys = new HashMap<>();
        Map<String, Naco.Split> poolDates = new HashMap<>();
        lock.readLock().lock();
        try {
            // how many of the query's terms each authority shares; an identifier counts for all of them
            Map<String, Integer> shared = new HashMap<>();
            for (String id : q.identifiers()) {
                for (String iri : byId.getOrDefault(id, Set.of())) shared.merge(iri, 1000, Integer::sum);
            }
            List<Set<String>> postings = new ArrayList<>();
            for (String term : qk.terms()) {
                Set<String> p = byTerm.get(term);
                if (p != null) postings.add(p);
            }
            boolean rare = postings.stream().anyMatch(p -> p.size() <= COMMON_TERM);
            for (Set<String> p : postings) {
                if (rare && p.size() > COMMON_TERM) continue;
                for (String iri : p) shared.merge(iri, 1, Integer::sum);
            }
            List<String> iris = top(shared);
            pool = new ArrayList<>(iris.size());
            for (String iri : iris) {
                Authority a = byIri.get(iri);
                if (q.kind() == null || q.kind().compatible(a.kind())) {
                    pool.add(a);
                    poolKeys.put(iri, keys.get(iri));
                    poolDates.put(iri, datesOf.get(iri));
                }
            }
            pool = entitiesOf(pool);
        } finally {
            lock.readLock().unlock();
        }
        List<Candidate> scored = new ArrayList<>(pool.size());
        for (Authority a : pool) {
            scored.add(Scoring.score(q, qk, qYears, a, poolKeys.get(a.iri()), poolDates.get(a.iri())));
        }
        List<Candidate> ranked = Scoring.rank(scored);
        return ranked.size() > limit ? ranked.subList(0, limit) : ranked;
    }

    /**
     * The authorities to score: every one sharing the most terms with the query (at most 4 × POOL), then those
     * sharing fewer, most first, up to POOL; one that shares fewer seldom scores higher. Bucketed by count, so a
     * common name costs no sort of thousands.
     */
    private static List<String> top(Map<String, Integer> shared) {
        if (shared.size() <= POOL) return new ArrayList<>(shared.keySet());
        java.util.TreeMap<Integer, List<String>> buckets = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (Map.Entry<String, Integer> e : shared.entrySet()) {
            buckets.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        List<String> out = new ArrayList<>(POOL);
        boolean first = true;
        for (List<String> b : buckets.values()) {
            int room = first ? 4 * POOL : POOL - out.size();
            if (room <= 0) break;
            if (b.size() > room) {
                b.sort(null);
                out.addAll(b.subList(0, room));
            } else out.addAll(b);
            first = false;
        }
        return out;
    }

    /** Resolves duplicates: one authority per entity, the richest. Called under the read lock. */
    private List<Authority> entitiesOf(Collection<Authority> as) {
        Map<String, List<Authority>> groups = new LinkedHashMap<>();
        for (Authority a : as) {
            groups.computeIfAbsent(a.kind() + "\u0000" + headingKeys.get(a.iri()), k -> new ArrayList<>())
                    .add(a);
        }
        List<Authority> out = new ArrayList<>();
        for (List<Authority> g : groups.values()) {
            g.sort((x, y) -> {
                int c = Integer.compare(y.richness(), x.richness());
                return c != 0 ? c : x.iri().compareTo(y.iri());
            });
            // records with different national numbers are different entities, whatever their headings say
            List<Authority> kept = new ArrayList<>();
            for (Authority a : g) {
                boolean same = false;
                for (Authority k : kept) if (!conflict(k, a)) same = true;
                if (!same) kept.add(a);
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
