package org.colophon.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code server:} section of {@code colophon.yaml}: held here, used by the endpoint.
 *
 * @param port HTTP port (default 3030)
 * @param token bearer token for update and write, or {@code null} for none (then writes are refused)
 * @param queryTimeout SPARQL query timeout (default 60 s)
 * @param resultLimit most result rows a query returns (default 10000)
 * @param serviceAllowlist hosts a federated {@code SERVICE} may call; empty means none
 * @param tripleLimit most triples a CONSTRUCT or DESCRIBE answer holds (default 100000)
 * @param heavyQueries heavy queries (sorting, grouping, DISTINCT, regex, unbounded paths) run at once; 0 (the
 *     default) is half the cores
 * @param heavyQueue heavy queries that may wait for a turn (default 16)
 * @param heapThreshold percent of the old generation above which heavy queries are refused (default 85)
 */
public record ServerConfig(
        int port,
        String token,
        Duration queryTimeout,
        long resultLimit,
        List<String> serviceAllowlist,
        long tripleLimit,
        int heavyQueries,
        int heavyQueue,
        int heapThreshold) {

    public static final ServerConfig DEFAULTS = new ServerConfig(3030, null, Duration.ofSeconds(60), 10_000, List.of());

    public ServerConfig {
        serviceAllowlist = serviceAllowlist == null ? List.of() : List.copyOf(serviceAllowlist);
    }

    /** With the default guards (100,000 triples, heavy queries on half the cores and 16 waiting, 85 % of the heap). */
    public ServerConfig(
            int port, String token, Duration queryTimeout, long resultLimit, List<String> serviceAllowlist) {
        this(port, token, queryTimeout, resultLimit, serviceAllowlist, 100_000, 0, 16, 85);
    }
}
