package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;

/**
 * {@code GET /search?q=&page=&size=&sort=&filter=DIM:VALUE}: a page of hits with the facets of the whole result, as
 * JSON ({@code {"total", "hits", "facets"}}, the same as {@code colophon search --json}).
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        SearchApi.preflight(resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (SearchApi.unavailable(site, resp)) return;
        SearchRequest request;
        SearchResult result;
        try {
            request = SearchApi.request(req);
            result = site.search().search(request);
        } catch (IllegalArgumentException e) {
            SearchApi.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        SearchApi.json(resp, HttpServletResponse.SC_OK, result);
    }
}
