package org.colophon.endpoint.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.discovery.SearchRequest;

/**
 * What {@code /search} and {@code /suggest} share: reading a {@link SearchRequest} from the query string, and JSON
 * answers that any page may fetch (CORS) and no browser may take for anything else ({@code nosniff}, set with the other security headers by the front filter).
 */
final class SearchApi {
    private SearchApi() {}

    static final ObjectMapper JSON = new ObjectMapper();

    /** Hits per page when {@code size} is not given. */
    static final int DEFAULT_SIZE = 20;

    /**
     * {@code q}, {@code page}, {@code size}, {@code sort}, {@code filter=DIM:VALUE} (repeatable).
     *
     * @throws IllegalArgumentException naming the parameter that is wrong
     */
    static SearchRequest request(HttpServletRequest req) {
        int page = number(req, "page", 1);
        int size = number(req, "size", DEFAULT_SIZE);
        SearchRequest.Sort sort = SearchRequest.Sort.relevance;
        String s = req.getParameter("sort");
        if (s != null && !s.isBlank()) {
            try {
                sort = SearchRequest.Sort.valueOf(s.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort is relevance, date or title, not '" + s + "'", e);
            }
        }
        List<SearchRequest.Filter> filters = new ArrayList<>();
        String[] given = req.getParameterValues("filter");
        if (given != null) for (String f : given) if (!f.isBlank()) filters.add(SearchRequest.Filter.parse(f));
        return new SearchRequest(req.getParameter("q"), page, size, sort, filters);
    }

    /**
     * {@code facets=exact}: count every match's facets however many there are ({@code facets=sample}, the default,
     * counts a sample past the index's threshold).
     */
    static boolean exactFacets(HttpServletRequest req) {
        String v = req.getParameter("facets");
        if (v == null || v.isBlank() || v.strip().equals("sample")) return false;
        if (v.strip().equals("exact")) return true;
        throw new IllegalArgumentException("facets is exact or sample, not '" + v + "'");
    }

    private static int number(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'", e);
        }
    }

    /** Headers every answer of the search API carries. */
    static void headers(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
    }

    /** The answer to a CORS preflight: GET from anywhere. */
    static void preflight(HttpServletResponse resp) {
        headers(resp);
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
        resp.setHeader("Access-Control-Max-Age", "86400");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        headers(resp);
        resp.setStatus(status);
        try {
            Responses.body(resp, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        json(resp, status, Map.of("error", message));
    }

    /** 503 when the server was built without a search index; returns whether it was. */
    static boolean unavailable(Site site, HttpServletResponse resp) throws IOException {
        if (site.search() != null) return false;
        error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this server has no search index");
        return true;
    }
}
