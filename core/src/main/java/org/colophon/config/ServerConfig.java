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
 */
public record ServerConfig(
        int port, String token, Duration queryTimeout, long resultLimit, List<String> serviceAllowlist) {

    public static final ServerConfig DEFAULTS = new ServerConfig(3030, null, Duration.ofSeconds(60), 10_000, List.of());

    public ServerConfig {
        serviceAllowlist = serviceAllowlist == null ? List.of() : List.copyOf(serviceAllowlist);
    }
}
