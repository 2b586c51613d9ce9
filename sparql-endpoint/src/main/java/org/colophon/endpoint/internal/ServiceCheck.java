package org.colophon.endpoint.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Decides whether a query's federated {@code SERVICE} calls may run: only to an http(s) IRI whose host is on the
 * allow-list. The whole algebra is walked, so calls inside sub-queries and {@code FILTER EXISTS} are found too.
 */
public final class ServiceCheck {

    private final Set<String> allowlist;

    public ServiceCheck(Set<String> allowlist) {
        this.allowlist = allowlist;
    }

    /** Why the query may not run, or {@code null} when it may. */
    public String refusal(Query query) {
        if (query.getQueryPattern() == null) {
            return null;
        }
        return refusal(Algebra.compile(query));
    }

    /** Why the update may not run, or {@code null} when it may. */
    public String refusal(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                // LOAD fetches like SERVICE does, and is held to the same hosts; file: and the rest never. The
                // answer is the same whatever the target, so it tells nothing of what a local path holds.
                if (!allowed(load.getSource())) return loadRefusal();
                continue;
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                String why = refusal(Algebra.compile(modify.getWherePattern()));
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    private String loadRefusal() {
        return "LOAD refused: this endpoint loads only from http(s) hosts it allows"
                + (allowlist.isEmpty() ? " (none)" : " (" + hosts() + ")");
    }

    /** Whether a SERVICE call to this IRI is allowed. */
    public boolean allowed(Node service) {
        return service.isURI() && allowed(service.getURI());
    }

    /** Whether this IRI may be fetched: http(s) to an allowed host. */
    public boolean allowed(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && allowlist.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String refusal(Op op) {
        List<Node> refused = new ArrayList<>();
        Walker.walk(
                op,
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService service) {
                        if (!allowed(service.getService())) {
                            refused.add(service.getService());
                        }
                    }
                },
                new ExprVisitorBase());
        if (refused.isEmpty()) {
            return null;
        }
        Node first = refused.get(0);
        String target = first.isURI() ? "<" + first.getURI() + ">" : first.toString();
        return "Federated query refused: SERVICE " + target + " is not allowed here"
                + (allowlist.isEmpty()
                        ? " (this endpoint allows no SERVICE calls)"
                        : " (allowed hosts: " + hosts() + ")");
    }

    /** The allowed hosts, sorted, for messages. */
    private String hosts() {
        return String.join(", ", new java.util.TreeSet<>(allowlist));
    }
}
