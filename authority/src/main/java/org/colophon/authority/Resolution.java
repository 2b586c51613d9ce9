package org.colophon.authority;

import java.util.List;

/**
 * What the linker decided for one heading: a link (with its method and score), a question for a cataloguer
 * ({@link #review}, with the candidates), or nothing held that could be meant.
 *
 * @param method {@code identifier} ($0/$1), {@code review} (a cataloguer's earlier decision), {@code exact} (the
 *     preferred heading after NACO normalisation), {@code variant} (a 4XX heading), {@code scored} (the best
 *     candidate, a {@link Scoring match}); {@code null} when not linked
 * @param authority the linked authority, or null
 * @param score 0-100
 * @param review the candidates to put before a cataloguer (empty unless ambiguous)
 */
public record Resolution(String method, Authority authority, double score, List<Candidate> review) {
    public Resolution {
        review = List.copyOf(review);
    }

    static Resolution link(String method, Authority a, double score) {
        return new Resolution(method, a, score, List.of());
    }

    static Resolution none() {
        return new Resolution(null, null, 0, List.of());
    }

    public boolean linked() {
        return authority != null;
    }
}
