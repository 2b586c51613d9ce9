package org.colophon.authority;

import java.util.Map;

/**
 * One authority proposed for a heading or a reconciliation query, with its score (0-100), the score of each feature
 * that went into it, and whether it is a match a machine may act on (see {@link Scoring}).
 *
 * @param authority the authority
 * @param score the weighted sum of the features, 0 to 100
 * @param features each feature's own score, 0 to 1: {@code name}, {@code dates}, {@code type}, {@code variant}
 *     (1 when the best name was a variant heading), {@code script} (1 when the query and the heading it matched are
 *     in different scripts), {@code identifier}
 * @param matchedLabel the heading (preferred or variant) the name matched best
 * @param match whether this candidate is a match (only ever the first)
 */
public record Candidate(
        Authority authority, double score, Map<String, Double> features, String matchedLabel, boolean match) {

    public Candidate {
        features = Map.copyOf(features);
    }

    Candidate asMatch(boolean m) {
        return new Candidate(authority, score, features, matchedLabel, m);
    }
}
