package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.discovery.Suggestion;

/**
 * {@code GET /suggest?q=}: titles, names and subjects that complete what a reader has typed, most used first, as
 * {@code {"q": …, "suggestions": [{"value", "kind", "count"}]}} ({@code size} up to {@value #MAX}, default
 * {@value #DEFAULT}).
 */
final class SuggestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int DEFAULT = 8;
    static final int MAX = 20;

    private final transient Site site;

    SuggestServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        SearchApi.preflight(resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (SearchApi.unavailable(site, resp)) return;
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        int size = DEFAULT;
        String s = req.getParameter("size");
        if (s != null && !s.isBlank()) {
            try {
                size = Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX) {
                SearchApi.error(resp, 400, "size must be 1 to " + MAX + ", not '" + s + "'");
                return;
            }
        }
        List<Suggestion> found = q.isEmpty() ? List.of() : site.search().suggest(q, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", q);
        body.put("suggestions", found);
        SearchApi.json(resp, HttpServletResponse.SC_OK, body);
    }
}
