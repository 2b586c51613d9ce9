package org.colophon.endpoint;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the endpoint behaves: who may write, how long and how large queries may be, where federated queries may go.
 *
 * @param writeToken the bearer token that SPARQL Update and Graph Store writes need, or {@code null} for a read-only
 *     endpoint (writes then get 403)
 * @param queryTimeout the longest a query may run before it is cancelled
 * @param resultLimit the most rows (SELECT) or solutions (CONSTRUCT, DESCRIBE) a query returns; a query without a
 *     smaller {@code LIMIT} is cut there and the response says so in the {@value #RESULT_LIMIT_HEADER} header
 * @param serviceAllowlist host names federated {@code SERVICE} calls may go to; empty refuses every {@code SERVICE}
 * @param title the dataset's name on the pages and in the VoID description
 * @param libraries the name of each library (source id → name) for the pages; a library not named here is shown by
 *     its id
 */
public record EndpointConfig(
        String writeToken,
        Duration queryTimeout,
        long resultLimit,
        Set<String> serviceAllowlist,
        String title,
        java.util.Map<String, String> libraries) {

    /** Response header naming the row limit that was applied to a query, present only when it was. */
    public static final String RESULT_LIMIT_HEADER = "Colophon-Result-Limit";

    public EndpointConfig {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive: " + queryTimeout);
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("resultLimit must be at least 1: " + resultLimit);
        }
        if (writeToken != null && writeToken.isBlank()) {
            throw new IllegalArgumentException("writeToken must not be blank (use null for a read-only endpoint)");
        }
        serviceAllowlist = serviceAllowlist.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        title = title == null || title.isBlank() ? "Colophon bibliography" : title;
        libraries = libraries == null ? java.util.Map.of() : java.util.Map.copyOf(libraries);
    }

    /** Read-only, 30 s timeout, 10,000 rows, no federated queries. */
    public static EndpointConfig defaults() {
        return new EndpointConfig(null, Duration.ofSeconds(30), 10_000, Set.of(), null, null);
    }

    public EndpointConfig withWriteToken(String token) {
        return new EndpointConfig(token, queryTimeout, resultLimit, serviceAllowlist, title, libraries);
    }

    public EndpointConfig withQueryTimeout(Duration timeout) {
        return new EndpointConfig(writeToken, timeout, resultLimit, serviceAllowlist, title, libraries);
    }

    public EndpointConfig withResultLimit(long limit) {
        return new EndpointConfig(writeToken, queryTimeout, limit, serviceAllowlist, title, libraries);
    }

    public EndpointConfig withServiceAllowlist(Set<String> hosts) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, hosts, title, libraries);
    }

    public EndpointConfig withTitle(String newTitle) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, serviceAllowlist, newTitle, libraries);
    }

    /** The libraries' names, by source id. */
    public EndpointConfig withLibraries(java.util.Map<String, String> names) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, serviceAllowlist, title, names);
    }

    /** A library's name, else its source id. */
    public String libraryName(String sourceId) {
        String name = libraries.get(sourceId);
        return name == null || name.isBlank() ? sourceId : name;
    }

    /** Whether writes are possible at all. */
    public boolean writable() {
        return writeToken != null;
    }
}
