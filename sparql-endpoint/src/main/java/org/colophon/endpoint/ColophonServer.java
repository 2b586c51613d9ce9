package org.colophon.endpoint;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.endpoint.internal.ServerAssembly;
import org.colophon.graph.GraphStore;

/**
 * The bibliography on the web: an embedded Fuseki serving a {@link GraphStore} with SPARQL ({@code /sparql}), the
 * Graph Store Protocol ({@code /data}), token-guarded update ({@code /update}), a dereferenceable page for every IRI
 * minted under the base, search ({@code /search}, {@code /suggest}) over a {@link DiscoveryIndex}, VoID, health and
 * metrics.
 *
 * <pre>
 * ColophonServer server = ColophonServer.builder().store(store).base("http://localhost:3030/").port(3030).build();
 * server.start();
 * ...
 * server.stop();
 * </pre>
 */
public final class ColophonServer {

    private final FusekiServer fuseki;
    private boolean started;

    private ColophonServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public synchronized ColophonServer start() {
        if (!started) {
            fuseki.start();
            started = true;
        }
        return this;
    }

    /** The port the server listens on (the chosen one when built with port 0, once started). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:{port}/}, the server's own address. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Stops the server. The store stays open; its owner closes it. */
    public synchronized void stop() {
        if (started) {
            fuseki.stop();
            started = false;
        }
    }

    /** Settings for a {@link ColophonServer}. */
    public static final class Builder {
        private GraphStore store;
        private String base = "http://localhost:3030/";
        private int port = 3030;
        private EndpointConfig config = EndpointConfig.defaults();
        private DiscoveryIndex search;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets =
                new java.util.LinkedHashMap<>();

        private Builder() {}

        /**
         * The discovery index behind {@code /search} and {@code /suggest} (its owner keeps it open and closes it);
         * without one they answer 503.
         */
        public Builder search(DiscoveryIndex index) {
            this.search = index;
            return this;
        }

        /** Serves another module's servlet at {@code pathSpec} (e.g. {@code /reconcile/*}), behind the same filter. */
        public Builder servlet(String pathSpec, jakarta.servlet.http.HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /** The store to serve (required). */
        public Builder store(GraphStore graphStore) {
            this.store = Objects.requireNonNull(graphStore, "store");
            return this;
        }

        /**
         * The base IRI records were minted under ({@code {base}{source}/{recordId}}); it must end with {@code /}. A
         * request for {@code /{source}/{recordId}} serves the record {@code {base}{source}/{recordId}}, whatever host
         * the request came to.
         */
        public Builder base(String baseIri) {
            Objects.requireNonNull(baseIri, "base");
            if (!baseIri.endsWith("/")) {
                throw new IllegalArgumentException("base IRI must end with '/': " + baseIri);
            }
            this.base = baseIri;
            return this;
        }

        /** The port to listen on; 0 picks a free one. Default 3030. */
        public Builder port(int httpPort) {
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("no such port: " + httpPort);
            }
            this.port = httpPort;
            return this;
        }

        /** Token, limits and allow-list; default {@link EndpointConfig#defaults()}. */
        public Builder config(EndpointConfig endpointConfig) {
            this.config = Objects.requireNonNull(endpointConfig, "config");
            return this;
        }

        public ColophonServer build() {
            if (store == null) {
                throw new IllegalStateException("no store given");
            }
            return new ColophonServer(ServerAssembly.build(store, base, port, config, search, servlets));
        }
    }
}
