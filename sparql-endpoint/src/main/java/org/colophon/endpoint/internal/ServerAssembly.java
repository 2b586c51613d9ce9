package org.colophon.endpoint.internal;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.colophon.endpoint.EndpointConfig;
import org.colophon.graph.GraphStore;

/**
 * Wires Fuseki: the store's dataset at the server root with the endpoints {@code sparql} (query, with the configured
 * timeout in its context), {@code data} (Graph Store Protocol) and {@code update}; the {@link FrontFilter} in front of
 * them; and the page servlets behind.
 */
public final class ServerAssembly {

    private ServerAssembly() {}

    public static FusekiServer build(GraphStore store, String base, int port, EndpointConfig config) {
        Site site = Site.of(store, base, config);

        Context queryContext = new Context();
        queryContext.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        DataService.Builder data = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Endpoint.create()
                        .operation(Operation.Query)
                        .endpointName("sparql")
                        .context(queryContext)
                        .build())
                .addEndpoint(Operation.GSP_RW, "data")
                .addEndpoint(Operation.Update, "update");

        return FusekiServer.create()
                .port(port)
                .add("/", data)
                .addFilter("/*", new FrontFilter(site))
                .addServlet("/void", new VoidServlet(site))
                .addServlet("/health", new HealthServlet(site))
                .addServlet("/metrics", new MetricsServlet(site))
                .addServlet("/context.jsonld", new ContextServlet(site))
                .addServlet("/*", new LinkedDataServlet(site))
                .build();
    }
}
