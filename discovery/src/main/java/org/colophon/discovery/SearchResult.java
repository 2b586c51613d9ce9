package org.colophon.discovery;

import java.util.List;
import java.util.Map;

/**
 * A page of hits and the facets of the whole result.
 *
 * @param total how many Instances matched
 * @param hits this page
 * @param facets per dimension ({@link Facets#DIMENSIONS}), values by count, highest first
 * @param facetsEstimated true when the result had more matches than the index counts facets for exactly: the counts
 *     were then made on a random sample of the matches and scaled to the total (ask for exact counts to get them)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsEstimated) {

    /** A result with exact facet counts. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(total, hits, facets, false);
    }

    public record FacetValue(String value, long count) {}
}
