package org.colophon.endpoint.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.SearchPropertyFunction;
import org.colophon.endpoint.EndpointConfig;
import org.colophon.graph.GraphStore;
import org.colophon.graph.SparqlAccess;

/**
 * Wires the server: the {@link FrontFilter} in front, the page servlets behind, and the SPARQL protocols at {@code
 * /sparql} (query, with the configured timeout), {@code /data} (Graph Store Protocol) and {@code /update}. Over the
 * embedded store those are Fuseki's own, on the store's dataset at the server root; over a remote store they are
 * {@link ForwardingServlet}s to the store's endpoints. With a search index, {@code /search} and {@code /suggest} serve
 * it, and embedded queries can join its hits ({@code ?i colophon:search "…"}).
 */
public final class ServerAssembly {

    private ServerAssembly() {}

    /**
     * Bounds the memory of queries over the embedded store: sorts, DISTINCT and the like spill to temporary files
     * past {@code spillThreshold} bindings; an ORDER BY with a LIMIT up to the result limit keeps only the top
     * solutions (Jena reads this threshold from its global context, so the largest limit of the servers in this JVM
     * holds); DESCRIBE stops at the triple limit; regular expressions stop with the query.
     */
    private static void bound(Context queryContext, EndpointConfig config) {
        queryContext.set(ARQ.spillToDiskThreshold, config.guards().spillThreshold());
        queryContext.set(GuardedRegex.BUDGET, config.queryTimeout().toMillis());
        queryContext.set(BoundedDescribe.LIMIT, config.guards().tripleLimit());
        GuardedRegex.register();
        BoundedDescribe.install();
        Deadlines.install(queryContext);
        synchronized (ARQ.class) {
            Object top = ARQ.getContext().get(ARQ.topNSortingThreshold);
            long current = top instanceof Number n ? n.longValue() : 1000;
            ARQ.getContext().set(ARQ.topNSortingThreshold, (int)
                    Math.min(Integer.MAX_VALUE, Math.max(current, config.resultLimit() + 1)));
        }
    }

    public static FusekiServer build(
            GraphStore store, String base, int port, EndpointConfig config, DiscoveryIndex search) {
        return build(store, base, port, config, search, java.util.Map.of());
    }

    /** As above, with other modules' servlets (path spec → servlet) served beside the pages. */
    public static FusekiServer build(
            GraphStore store,
            String base,
            int port,
            EndpointConfig config,
            DiscoveryIndex search,
            java.util.Map<String, jakarta.servlet.http.HttpServlet> extra) {
        Site site = Site.of(store, base, config, search);
        // enough threads that heavy queries running and waiting for a turn never take the last ones from everyone else
        EndpointConfig.Guards guards = config.guards();
        FusekiServer.Builder server =
                FusekiServer.create().port(port).numServerThreads(8, guards.heavyQueries() + guards.heavyQueue() + 64);
        SparqlAccess access = store.access();
        if (access instanceof SparqlAccess.Embedded embedded) {
            Context queryContext = new Context();
            queryContext.set(
                    ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
            bound(queryContext, config);
            if (search != null) SearchPropertyFunction.register(queryContext, search);
            if (search != null) warm(search);
            server.add(
                    "/",
                    DataService.newBuilder(embedded.dataset())
                            .addEndpoint(Endpoint.create()
                                    .operation(Operation.Query)
                                    .endpointName("sparql")
                                    .context(queryContext)
                                    .build())
                            .addEndpoint(Operation.GSP_RW, "data")
                            .addEndpoint(Operation.Update, "update"));
        } else if (access instanceof SparqlAccess.Remote remote) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            server.addServlet("/sparql", new ForwardingServlet(site, remote, http, ForwardingServlet.Target.QUERY))
                    .addServlet("/update", new ForwardingServlet(site, remote, http, ForwardingServlet.Target.UPDATE))
                    .addServlet("/data", new ForwardingServlet(site, remote, http, ForwardingServlet.Target.DATA));
        }
        extra.forEach(server::addServlet);
        return server.addFilter("/*", new FrontFilter(site))
                .addServlet("/void", new VoidServlet(site))
                .addServlet("/health", new HealthServlet(site))
                .addServlet("/metrics", new MetricsServlet(site))
                .addServlet("/context.jsonld", new ContextServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/suggest", new SuggestServlet(site))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/*", new LinkedDataServlet(site))
                .build();
    }

    /**
     * Prepares the search index's committed state (facet ordinals, the facets of everything) beside the start, so the
     * first searches do not pay for it, and marks it searched, so each later commit is prepared as it is made.
     */
    private static void warm(DiscoveryIndex search) {
        Thread t = new Thread(
                () -> {
                    try {
                        search.warm();
                    } catch (RuntimeException e) {
                        // a closed or empty index: the first search will say what is wrong
                    }
                },
                "search-warm");
        t.setDaemon(true);
        t.start();
    }
}
