package org.colophon.graph.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.colophon.graph.GraphStoreException;
import org.colophon.graph.SparqlAccess;

/**
 * HTTP to a remote SPARQL store: queries through Jena's {@link QueryExecHTTP} (content negotiation and result parsing
 * are Jena's), updates as one {@code application/sparql-update} POST. Sends the configured {@code Authorization}
 * with every request. Failures become {@link GraphStoreException}s naming the store, a query past its time limit a
 * {@link QueryCancelledException}.
 */
final class SparqlClient {

    private final SparqlAccess.Remote endpoints;
    private final HttpClient http;
    private final Duration updateTimeout;

    SparqlClient(SparqlAccess.Remote endpoints, Duration connectTimeout, Duration updateTimeout) {
        this.endpoints = endpoints;
        this.updateTimeout = updateTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Runs a query and hands its execution to {@code read}, which must finish with the results before returning. */
    <T> T query(String sparql, Duration timeout, Function<QueryExec, T> read) {
        return query(QueryFactory.create(sparql), timeout, read);
    }

    <T> T query(Query query, Duration timeout, Function<QueryExec, T> read) {
        try (QueryExec exec = open(query, timeout)) {
            return read.apply(exec);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** An execution the caller reads and closes (for streamed results); failures while reading are the caller's. */
    QueryExec open(Query query, Duration timeout) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoints.query().toString())
                .httpClient(http)
                .query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (endpoints.authorization() != null) {
            b.httpHeader("Authorization", endpoints.authorization());
        }
        return b.build();
    }

    /** Sends one SPARQL Update request; returns when the store has answered 2xx. */
    void update(HttpRequest.BodyPublisher body, String what) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoints.update())
                .timeout(updateTimeout)
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .POST(body);
        if (endpoints.authorization() != null) {
            b.header("Authorization", endpoints.authorization());
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new GraphStoreException(
                    "cannot reach the SPARQL store at " + endpoints.update() + " (" + e + "); " + what + " not written",
                    e);
        } catch (IOException e) {
            throw new GraphStoreException(
                    what + ": the request to " + endpoints.update() + " failed (" + e
                            + "); the store may or may not have applied it, and running it again is safe",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphStoreException(what + ": interrupted while the store was applying it", e);
        }
        if (r.statusCode() / 100 != 2) {
            throw new GraphStoreException("the SPARQL store at " + endpoints.update() + " refused " + what + " (HTTP "
                    + r.statusCode() + "): " + excerpt(r.body()));
        }
    }

    String name() {
        return endpoints.query().toString();
    }

    /** The exception to throw for a failed query: timeouts as cancellations, the rest naming the store. */
    RuntimeException translate(RuntimeException e) {
        if (e instanceof QueryCancelledException || e instanceof GraphStoreException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // our wait ran out, or the store stopped the query itself (Fuseki answers a timed-out query with 503)
            if (t instanceof HttpTimeoutException
                    || (t instanceof QueryExceptionHTTP http && http.getStatusCode() == 503)) {
                return new QueryCancelledException();
            }
            if (t instanceof org.apache.jena.sparql.resultset.ResultSetException
                    || t instanceof org.apache.jena.riot.RiotException) {
                return new GraphStoreException(
                        "the SPARQL store at " + name() + " cut off or garbled its answer (a query the store stops at"
                                + " its own time limit while sending results ends like this): " + t.getMessage(),
                        e);
            }
            if (t instanceof ConnectException) {
                return new GraphStoreException("cannot reach the SPARQL store at " + name() + " (" + t + ")", e);
            }
        }
        return new GraphStoreException("the SPARQL store at " + name() + " failed a query: " + e.getMessage(), e);
    }

    private static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
