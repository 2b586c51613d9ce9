package org.colophon.authority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.authority.internal.Naco;
import org.colophon.authority.internal.NameKey;
import org.colophon.authority.internal.TermWeights;

/**
 * How a candidate is scored; the formula a cataloguer can check by hand (also in {@code docs/authorities.md}):
 *
 * <pre>
 * score = 100 × (0.70 × name + 0.20 × dates + 0.10 × type) − 3 × variant − 5 × pinyinOnly
 * score = 100 when an identifier the query carries is the authority's
 * match = the top candidate scores at least 85 and at least 10 more than the next
 * </pre>
 *
 * <ul>
 *   <li><b>name</b>: the best {@link NameKey#similarity(NameKey, TermWeights)} of the query's name (its dates split
 *       off) with the authority's preferred heading or any variant, order-, case-, diacritic- and
 *       script-insensitive: a Dice coefficient in which a shared word weighs by its rarity among the authorities held
 *       ({@link AuthorityIndex#weight}) and a word only one name has weighs 1.
 *   <li><b>dates</b>: 1 when both give the same years; 0.9 when the query's are the start of the authority's
 *       ({@code 1904-} and {@code 1904-1987}); 0 when they disagree; 0.5 when either gives none.
 *   <li><b>type</b>: 1 when the kinds agree, 0.5 when the query names none (a candidate of another kind than the
 *       query's is not proposed at all).
 *   <li><b>variant</b>: 1 when the best name was a variant heading, not the preferred one.
 *   <li><b>script</b>: 1 when the query and the heading it matched are in different scripts ({@code 鲁迅} and
 *       {@code Lu, Xun}); <b>pinyinOnly</b> when they met only through a pinyin reading, which homophones share.
 * </ul>
 */
public final class Scoring {
    private Scoring() {}

    public static final double MATCH_SCORE = 85;
    public static final double MATCH_LEAD = 10;

    /** The weights of the formula's three features (above). */
    static final double NAME = 0.70;

    static final double DATES = 0.20;
    static final double TYPE = 0.10;

    /**
     * The least name similarity with which a candidate can reach {@code score}: its dates and type at their best (1),
     * no variant or pinyin deduction.
     */
    static double leastSimilarityFor(double score) {
        return (score - 100 * (DATES + TYPE)) / (100 * NAME);
    }

    /** Scores one authority for a query, every word weighing the same (the index weighs them: {@link AuthorityIndex#score}). */
    public static Candidate score(Query q, Authority a) {
        return score(q, a, TermWeights.EVEN);
    }

    /** Scores one authority for a query, words weighing what {@code weights} says. */
    static Candidate score(Query q, Authority a, TermWeights weights) {
        return score(q, NameKey.of(Naco.split(q.text()).name()), a, keys(a), weights);
    }

    /** The name keys of an authority's preferred and variant headings, in that order. */
    static List<NameKey> keys(Authority a) {
        List<NameKey> out = new ArrayList<>(1 + a.variants().size());
        out.add(NameKey.of(Naco.split(a.label()).name()));
        for (Authority.Variant v : a.variants())
            out.add(NameKey.of(Naco.split(v.label()).name()));
        return out;
    }

    /** Scores one authority for a query whose name key and the authority's keys are already made. */
    static Candidate score(Query q, NameKey qk, Authority a, List<NameKey> keys, TermWeights weights) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (String id : q.identifiers()) {
            if (a.identifiers().contains(id)) {
                f.put("identifier", 1.0);
                f.put("name", 1.0);
                return new Candidate(a, 100, f, a.label(), false);
            }
        }
        String qDates = q.dates().isEmpty() ? Naco.split(q.text()).dates() : q.dates();
        return score(
                q,
                qk,
                qDates.isEmpty() ? List.of() : new Naco.Split("", qDates).years(),
                a,
                keys,
                a.dates().isEmpty() ? Naco.split(a.label()) : new Naco.Split("", a.dates()),
                weights);
    }

    /** As above, with the query's years already read from it (they are the same for every candidate). */
    static Candidate score(
            Query q,
            NameKey qk,
            List<Integer> qYears,
            Authority a,
            List<NameKey> keys,
            Naco.Split aDates,
            TermWeights weights) {
        Map<String, Double> f = new LinkedHashMap<>();
        if (named(q, a)) {
            f.put("identifier", 1.0);
            f.put("name", 1.0);
            return new Candidate(a, 100, f, a.label(), false);
        }
        double[] sim = new double[1];
        int m = best(qk, keys, sim, weights);
        double best = sim[0];
        int index = index(m);
        String bestLabel = index == 0 ? a.label() : a.variants().get(index - 1).label();
        double dates = dates(qYears, aDates);
        double type = q.kind() == null ? 0.5 : 1.0;
        boolean otherScript = script(q.text()) != script(bestLabel);
        f.put("name", round(best));
        f.put("dates", dates);
        f.put("type", type);
        f.put("variant", index > 0 ? 1.0 : 0.0);
        f.put("script", otherScript ? 1.0 : 0.0);
        f.put("identifier", 0.0);
        return new Candidate(a, total(q, best, m, dates), f, bestLabel, false);
    }

    /**
     * The score alone, as {@link #score} computes it, without making the candidate: the index scores every authority
     * of its pool this way and builds candidates only for the few it returns.
     */
    static double quick(
            Query q,
            NameKey qk,
            List<Integer> qYears,
            Authority a,
            List<NameKey> keys,
            List<Integer> aYears,
            boolean aOpen,
            double[] scratch,
            TermWeights weights) {
        if (named(q, a)) return 100;
        int m = best(qk, keys, scratch, weights);
        return total(q, scratch[0], m, dates(qYears, aYears, aOpen));
    }

    private static boolean named(Query q, Authority a) {
        if (q.identifiers().isEmpty()) return false;
        for (String id : q.identifiers()) if (a.identifiers().contains(id)) return true;
        return false;
    }

    private static double total(Query q, double similarity, int m, double dates) {
        double type = q.kind() == null ? 0.5 : 1.0;
        double score = 100 * (NAME * similarity + DATES * dates + TYPE * type)
                - (index(m) > 0 ? 3 : 0)
                - (viaPinyin(m) ? 5 : 0);
        return round(Math.max(0, score));
    }

    /**
     * The best similarity of the query's name to the authority's headings (preferred first, then variants), written
     * to {@code sim[0]}; returns which heading gave it (bits 0-29) and whether only through pinyin (bit 30), so
     * scoring thousands of candidates allocates nothing.
     */
    private static int best(NameKey qk, List<NameKey> keys, double[] sim, TermWeights weights) {
        double best = -1;
        int index = 0;
        boolean viaPinyin = false;
        for (int i = 0; i < keys.size(); i++) {
            NameKey k = keys.get(i);
            double s = qk.similarity(k, weights);
            if (s > best + 1e-9) {
                best = s;
                index = i;
                viaPinyin = (qk.han() || k.han()) && NameKey.dice(qk.words(), k.words(), weights) < s - 1e-9;
            }
        }
        sim[0] = best;
        return index | (viaPinyin ? 1 << 30 : 0);
    }

    private static int index(int m) {
        return m & 0x3FFFFFFF;
    }

    private static boolean viaPinyin(int m) {
        return (m & (1 << 30)) != 0;
    }

    static double dates(List<Integer> qy, Naco.Split a) {
        return dates(qy, a.years(), a.open());
    }

    /** As above, with the authority's years read once ({@code open}: its dates end with a hyphen). */
    static double dates(List<Integer> qy, List<Integer> ay, boolean open) {
        if (qy.isEmpty() || ay.isEmpty()) return 0.5;
        if (qy.equals(ay)) return 1.0;
        if (ay.size() > qy.size() && ay.subList(0, qy.size()).equals(qy)) return 0.9;
        if (qy.size() > ay.size() && qy.subList(0, ay.size()).equals(ay) && open) return 0.9;
        return 0.0;
    }

    private static Character.UnicodeScript script(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED) return sc;
            }
        }
        return Character.UnicodeScript.COMMON;
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** Sorts best first and sets the match flag on the first when it is strong and well ahead. */
    public static List<Candidate> rank(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>(cs);
        out.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            return c != 0 ? c : x.authority().iri().compareTo(y.authority().iri());
        });
        if (!out.isEmpty()) {
            Candidate top = out.get(0);
            double next = out.size() > 1 ? out.get(1).score() : 0;
            boolean m = top.score() >= MATCH_SCORE && top.score() - next >= MATCH_LEAD;
            out.set(0, top.asMatch(m));
        }
        return out;
    }
}
