package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;

/**
 * {@code GET /search?q=&page=&size=&sort=&filter=DIM:VALUE&facets=exact}: a page of hits with the facets of the whole
 * result, as JSON ({@code {"total", "hits", "facets", "facetsEstimated"}}, the same as {@code colophon search --json});
 * a browser asking for HTML gets the search page ({@code search.jte}) for the same request. Past
 * {@link org.colophon.discovery.DiscoveryIndex#DEFAULT_FACET_SAMPLE} matches facet counts are estimated unless
 * {@code facets=exact}.
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
        boolean html = wantsHtml(req);
        if (html) resp.setHeader("Vary", "Accept");
        if (site.search() == null && html) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            page(
                    resp,
                    req.getParameter("q"),
                    SearchView.error(req.getParameter("q"), "This server has no search index."));
            return;
        }
        if (SearchApi.unavailable(site, resp)) return;
        SearchRequest request;
        SearchResult result;
        try {
            request = SearchApi.request(req);
            result = site.search().search(request, SearchApi.exactFacets(req));
        } catch (IllegalArgumentException e) {
            if (html) {
                resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                page(resp, req.getParameter("q"), SearchView.error(req.getParameter("q"), e.getMessage()));
            } else {
                SearchApi.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            }
            return;
        }
        if (html) page(resp, request.q(), SearchView.of(site, request, result));
        else SearchApi.json(resp, HttpServletResponse.SC_OK, result);
    }

    /** A browser (Accept naming text/html) gets the page; anything else the JSON. */
    static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private void page(HttpServletResponse resp, String q, SearchView view) throws IOException {
        SearchApi.headers(resp);
        String title = (q == null || q.isBlank() ? "Search" : q.strip() + " — search") + " — "
                + site.config().title();
        String body = Pages.render("search.jte", java.util.Map.of("v", view));
        Responses.body(resp, "text/html", Pages.layout(site, title, q, out -> out.writeContent(body)));
    }
}
