package org.colophon.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which authority a heading names, in order: an identifier it carries ({@code $0}/{@code $1}); a
 * cataloguer's decision; the preferred heading after NACO normalisation; a variant heading; the best scored
 * candidate when it is a {@link Scoring match}. Several entities with the same heading, or a candidate that is
 * plausible but not a match, go to review instead of being linked.
 */
public final class Linker {
    /** Candidates scoring at least this, when none is a match, are put before a cataloguer. */
    public static final double REVIEW_SCORE = 60;

    private final AuthorityIndex index;
    private final Decisions decisions;

    public Linker(AuthorityIndex index, Decisions decisions) {
        this.index = index;
        this.decisions = decisions;
    }

    public Resolution resolve(Kind kind, String heading, Set<String> identifiers) {
        for (String id : identifiers) {
            List<Authority> hit = index.byIdentifier(id);
            if (hit.size() == 1) return Resolution.link("identifier", hit.get(0), 100);
        }
        if (decisions != null) {
            var accepted = decisions.accepted(kind, heading);
            if (accepted.isPresent()) {
                var a = index.get(accepted.get());
                if (a.isPresent()) return Resolution.link("review", a.get(), 100);
            }
        }
        List<Authority> exact = allowed(kind, heading, index.byHeading(heading, kind));
        if (exact.size() == 1) return Resolution.link("exact", exact.get(0), 100);
        Query q = new Query(heading, kind, "", identifiers);
        if (exact.size() > 1) return review(index, q, exact);
        List<Authority> variant = allowed(kind, heading, index.byVariant(heading, kind));
        if (variant.size() == 1) return Resolution.link("variant", variant.get(0), 97);
        if (variant.size() > 1) return review(index, q, variant);
        List<Candidate> cs = new ArrayList<>();
        for (Candidate c : index.candidates(q, 5)) {
            if (decisions == null
                    || !decisions.rejected(kind, heading, c.authority().iri())) cs.add(c);
        }
        cs = Scoring.rank(cs);
        if (cs.isEmpty()) return Resolution.none();
        Candidate top = cs.get(0);
        if (top.match()) return Resolution.link("scored", top.authority(), top.score());
        if (top.score() >= REVIEW_SCORE) {
            return new Resolution(
                    null,
                    null,
                    top.score(),
                    cs.stream().filter(c -> c.score() >= REVIEW_SCORE).toList());
        }
        return Resolution.none();
    }

    private List<Authority> allowed(Kind kind, String heading, List<Authority> as) {
        if (decisions == null) return as;
        return as.stream()
                .filter(a -> !decisions.rejected(kind, heading, a.iri()))
                .toList();
    }

    private static Resolution review(AuthorityIndex index, Query q, List<Authority> as) {
        List<Candidate> cs = new ArrayList<>();
        for (Authority a : as) cs.add(index.score(q, a));
        cs = Scoring.rank(cs);
        return new Resolution(
                null,
                null,
                cs.get(0).score(),
                cs.stream().map(c -> c.asMatch(false)).toList());
    }
}
