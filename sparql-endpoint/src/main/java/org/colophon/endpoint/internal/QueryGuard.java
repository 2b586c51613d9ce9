package org.colophon.endpoint.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.colophon.endpoint.EndpointConfig;

/**
 * Looks at every {@code /sparql} request before Fuseki runs it: with no query, answers with the service description;
 * refuses {@code SERVICE} calls to hosts off the allow-list (400); caps the result size at the configured limit (and
 * says so in {@value EndpointConfig#RESULT_LIMIT_HEADER}); then hands Fuseki the (possibly rewritten) query.
 */
final class QueryGuard {

    private final Site site;
    private final ServiceCheck services;

    QueryGuard(Site site) {
        this.site = site;
        this.services = new ServiceCheck(site.config().serviceAllowlist());
    }

    void handle(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String text = queryText(req);
        if (text == null) {
            if (FrontFilter.isRead(req) && prefersHtml(req.getHeader("Accept"))) {
                // set by hand: Jetty's sendRedirect refuses a fragment
                resp.setStatus(HttpServletResponse.SC_FOUND);
                resp.setHeader("Location", "/#query");
            } else if (FrontFilter.isRead(req)) {
                ServiceDescription.serve(site, req, resp);
            } else {
                Responses.text(resp, 400, "No query: send 'query=' or a body of type application/sparql-query.");
            }
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            Responses.text(resp, 400, "Query does not parse: " + e.getMessage());
            return;
        }
        String refusal = services.refusal(query);
        if (refusal != null) {
            Responses.text(resp, 400, refusal);
            return;
        }
        long limit = site.config().resultLimit();
        boolean capped = (query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > limit);
        if (capped) {
            query.setLimit(limit);
            text = query.serialize();
            resp.setHeader(EndpointConfig.RESULT_LIMIT_HEADER, Long.toString(limit));
        }
        chain.doFilter(new QueryRequest(req, text), resp);
    }

    /** A browser asking for the endpoint itself is sent to the query page. */
    private static boolean prefersHtml(String accept) {
        return accept != null
                && RdfFormat.quality(accept, "text/html") > RdfFormat.quality(accept, "text/turtle")
                && RdfFormat.quality(accept, "text/html")
                        > RdfFormat.quality(accept, "application/sparql-results+json");
    }

    /** The query from the URL or form parameter, or from an application/sparql-query body; null when none. */
    private static String queryText(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (req.getMethod().equals("POST")
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query")) {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return body.isBlank() ? null : body;
        }
        String q = req.getParameter("query");
        return q == null || q.isBlank() ? null : q;
    }
}
