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
 * says so in {@value EndpointConfig#RESULT_LIMIT_HEADER}) and a CONSTRUCT's rows so that it makes at most the triple
 * limit ({@value EndpointConfig#TRIPLE_LIMIT_HEADER}); over the embedded store, makes regular expressions stoppable
 * ({@link GuardedRegex}); lets heavy queries ({@link QueryShape#heavy}) run only in turn ({@link HeavyQueries}) and
 * not at all while the heap is short ({@link HeapWatch}), answering 503 with {@code Retry-After} when there is no
 * turn; then hands Fuseki the (possibly rewritten) query, and turns its answer to a query that exhausted the heap into
 * a 503 ({@link MemoryAnswer}).
 */
final class QueryGuard {

    private final Site site;
    private final ServiceCheck services;
    private final boolean embedded;
    private final HeavyQueries heavy;
    private final HeapWatch heap;
    private final int retryAfter;
    /** How long after the timeout the deadline watchdog stops a query that Jena's own timeout did not. */
    static final long GRACE_MILLIS = 1000;

    QueryGuard(Site site) {
        this.site = site;
        this.services = new ServiceCheck(site.config().serviceAllowlist());
        this.embedded = site.store().access() instanceof org.colophon.graph.SparqlAccess.Embedded;
        EndpointConfig.Guards g = site.config().guards();
        this.heavy = new HeavyQueries(g.heavyQueries(), g.heavyQueue(), g.queueWait());
        this.heap = HeapWatch.of(g.heapThreshold());
        this.retryAfter =
                (int) Math.max(1, Math.min(60, site.config().queryTimeout().toSeconds() / 2));
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
        Query guarded = embedded ? QueryShape.guardRegex(query) : query;
        boolean rewritten = guarded != query;
        query = guarded;
        long limit = site.config().resultLimit();
        boolean capped = (query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > limit);
        if (capped) {
            query.setLimit(limit);
            rewritten = true;
            resp.setHeader(EndpointConfig.RESULT_LIMIT_HEADER, Long.toString(limit));
        }
        long triples = site.config().guards().tripleLimit();
        if (query.isConstructType()) {
            int template = Math.max(1, query.getConstructTemplate().getQuads().size());
            long rows = Math.max(1, triples / template);
            if (!query.hasLimit() || query.getLimit() > rows) {
                query.setLimit(rows);
                rewritten = true;
                resp.setHeader(EndpointConfig.TRIPLE_LIMIT_HEADER, Long.toString(triples));
            }
        } else if (query.isDescribeType() && embedded) {
            resp.setHeader(EndpointConfig.TRIPLE_LIMIT_HEADER, Long.toString(triples));
        }
        if (rewritten) text = query.serialize();
        if (!QueryShape.heavy(query, limit)) {
            run(req, resp, chain, text);
            return;
        }
        if (heap.pressed(
                heavy.waiting() > 0 || heavy.running(site.config().guards().heavyQueries()) > 0)) {
            shed(
                    resp,
                    "The server is short of memory (" + heap.describe() + "): heavy queries (sorting, grouping,"
                            + " DISTINCT, regular expressions, paths with * or +) are refused until it has recovered.");
            return;
        }
        boolean turn;
        try {
            turn = heavy.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            EndpointConfig.Guards g = site.config().guards();
            shed(
                    resp,
                    "Too many heavy queries (sorting, grouping, DISTINCT, regular expressions, paths with * or +)"
                            + " at once: " + g.heavyQueries() + " run at a time and " + g.heavyQueue()
                            + " may wait; try again later.");
            return;
        }
        try {
            run(req, resp, chain, text);
        } finally {
            heavy.leave();
        }
    }

    private void run(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String text)
            throws IOException, ServletException {
        MemoryAnswer answer = new MemoryAnswer(resp, retryAfter);
        Deadlines.Watch watch = Deadlines.watch(site.config().queryTimeout().toMillis() + GRACE_MILLIS);
        try {
            chain.doFilter(new QueryRequest(req, text), answer);
        } catch (OutOfMemoryError e) {
            if (resp.isCommitted()) throw e;
            site.metrics().shed("heap");
            resp.reset();
            FrontFilter.secure(resp);
            resp.setHeader("Retry-After", Integer.toString(retryAfter));
            Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MemoryAnswer.MESSAGE);
            return;
        } finally {
            watch.close();
        }
        if (answer.finish()) site.metrics().shed("heap");
    }

    private void shed(HttpServletResponse resp, String why) throws IOException {
        resp.setHeader("Retry-After", Integer.toString(retryAfter));
        Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, why);
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
