package org.colophon.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import org.colophon.graph.internal.RemoteGraphStore;

/**
 * Settings for a remote SPARQL 1.1 store; {@link #connect()} connects. The dataset URL gives the Fuseki layout by
 * default: {@code {dataset}/sparql} for queries, {@code {dataset}/update} for SPARQL Update and {@code
 * {dataset}/data} for the Graph Store Protocol; each can be set on its own for other stores. Credentials in the URL
 * ({@code http://user:password@host/ds}) become HTTP Basic authentication.
 */
public final class RemoteStoreBuilder {

    private final URI dataset;
    private URI query;
    private URI update;
    private URI data;
    private String authorization;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration updateTimeout = Duration.ofMinutes(10);

    RemoteStoreBuilder(URI datasetUrl) {
        Objects.requireNonNull(datasetUrl, "dataset URL");
        String scheme =
                datasetUrl.getScheme() == null ? "" : datasetUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || datasetUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "a remote store needs an http:// or https:// URL with a host: " + withoutUserInfo(datasetUrl));
        }
        String userInfo = datasetUrl.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            basicAuth(user, colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
        }
        this.dataset = withoutUserInfo(datasetUrl);
    }

    /** The SPARQL query endpoint; default {@code {dataset}/sparql}. */
    public RemoteStoreBuilder queryEndpoint(URI endpoint) {
        this.query = Objects.requireNonNull(endpoint, "query endpoint");
        return this;
    }

    /** The SPARQL Update endpoint; default {@code {dataset}/update}. */
    public RemoteStoreBuilder updateEndpoint(URI endpoint) {
        this.update = Objects.requireNonNull(endpoint, "update endpoint");
        return this;
    }

    /** The Graph Store Protocol endpoint; default {@code {dataset}/data}. */
    public RemoteStoreBuilder dataEndpoint(URI endpoint) {
        this.data = Objects.requireNonNull(endpoint, "data endpoint");
        return this;
    }

    /** Sends {@code Authorization: Bearer <token>} with every request ({@code null} or blank: none). */
    public RemoteStoreBuilder bearerToken(String token) {
        this.authorization = token == null || token.isBlank() ? null : "Bearer " + token.trim();
        return this;
    }

    /** Sends HTTP Basic authentication with every request. */
    public RemoteStoreBuilder basicAuth(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** How long to wait for a connection to the store; default 10 s. */
    public RemoteStoreBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connect timeout");
        return this;
    }

    /** How long one batch's update request may take; default 10 minutes. */
    public RemoteStoreBuilder updateTimeout(Duration timeout) {
        this.updateTimeout = positive(timeout, "update timeout");
        return this;
    }

    /**
     * Connects: checks that the store answers a query (a {@link GraphStoreException} saying why not otherwise), and
     * logs a warning when its default graph is not the union of its named graphs.
     */
    public GraphStore connect() {
        SparqlAccess.Remote endpoints = new SparqlAccess.Remote(
                query != null ? query : under("sparql"),
                update != null ? update : under("update"),
                data != null ? data : under("data"),
                authorization);
        return RemoteGraphStore.connect(endpoints, connectTimeout, updateTimeout);
    }

    private URI under(String name) {
        String s = dataset.toString();
        return URI.create(s.endsWith("/") ? s + name : s + "/" + name);
    }

    private static URI withoutUserInfo(URI u) {
        if (u.getRawUserInfo() == null) {
            return u;
        }
        try {
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad store URL", e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
        return d;
    }
}
