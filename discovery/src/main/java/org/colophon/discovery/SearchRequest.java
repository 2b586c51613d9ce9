package org.colophon.discovery;

import java.util.List;
import java.util.Objects;

/**
 * A search: the query text, paging, sort and facet filters.
 *
 * @param q the query as typed ({@code ""} for everything)
 * @param page 1-based
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param sort relevance, date (newest first) or title
 * @param filters {@code dimension → value}, all of which a hit must have; besides the facets, {@code
 *     authority:IRI} keeps the records whose names or subjects are linked to that authority
 */
public record SearchRequest(String q, int page, int size, Sort sort, List<Filter> filters) {
    public static final int MAX_SIZE = 100;

    /** The filter on a linked authority's IRI, {@code filter=authority:IRI}; not a facet. */
    public static final String AUTHORITY = "authority";

    public enum Sort {
        relevance,
        date,
        title
    }

    /** One facet value a hit must have, e.g. {@code language: Chinese}. */
    public record Filter(String dimension, String value) {
        public Filter {
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
        }

        /** {@code DIM:VALUE}, as in {@code filter=language:Chinese}. */
        public static Filter parse(String s) {
            int colon = s.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("a filter is DIMENSION:VALUE, not '" + s + "'");
            return new Filter(s.substring(0, colon), s.substring(colon + 1));
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        if (page < 1) throw new IllegalArgumentException("page starts at 1: " + page);
        if (size < 1 || size > MAX_SIZE)
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        sort = sort == null ? Sort.relevance : sort;
        filters = List.copyOf(filters == null ? List.of() : filters);
    }

    /** The first page of 20 by relevance, no filters. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, 1, 20, Sort.relevance, List.of());
    }

    public SearchRequest withFilter(String dimension, String value) {
        List<Filter> f = new java.util.ArrayList<>(filters);
        f.add(new Filter(dimension, value));
        return new SearchRequest(q, page, size, sort, f);
    }

    public SearchRequest withPage(int p, int s) {
        return new SearchRequest(q, p, s, sort, filters);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(q, page, size, s, filters);
    }
}
