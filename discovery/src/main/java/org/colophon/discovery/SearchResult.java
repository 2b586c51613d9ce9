package org.colophon.discovery;

import java.util.List;
import java.util.Map;

/**
 * A page of hits and the facets of the whole result.
 *
 * @param total how many Instances matched
 * @param hits this page
 * @param facets per dimension ({@link Facets#DIMENSIONS}), values by count, highest first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    public record FacetValue(String value, long count) {}
}
