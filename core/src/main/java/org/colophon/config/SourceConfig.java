package org.colophon.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One OAI-PMH source (a library) from {@code colophon.yaml}.
 *
 * @param id short stable name, part of every IRI minted for the source's records ({@code bnu})
 * @param name human name, defaults to the id
 * @param url the OAI-PMH base URL (http or https)
 * @param metadataPrefix the prefix to harvest, or {@code null} to let the harvester choose (MARC 21 first, then
 *     oai_dc)
 * @param sets set specs to harvest; empty means the whole repository
 * @param interval how often the source is harvested (default one day)
 * @param delay politeness delay between two requests to the source (default one second)
 * @param headers extra HTTP request headers (e.g. an API key)
 * @param retries how many times a failed request is tried again, or {@code null} for the harvester's default (3)
 * @param timeout the longest wait for a response to begin and the longest silence within one, or {@code null} for the
 *     harvester's default (60 s)
 * @param connectTimeout the longest wait for a connection, or {@code null} for the harvester's default (10 s)
 */
public record SourceConfig(
        String id,
        String name,
        URI url,
        String metadataPrefix,
        List<String> sets,
        Duration interval,
        Duration delay,
        Map<String, String> headers,
        Integer retries,
        Duration timeout,
        Duration connectTimeout) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        name = name == null ? id : name;
        sets = sets == null ? List.of() : List.copyOf(sets);
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        delay = delay == null ? DEFAULT_DELAY : delay;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (retries != null && retries < 0) throw new IllegalArgumentException("retries below 0: " + retries);
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (connectTimeout != null && (connectTimeout.isZero() || connectTimeout.isNegative())) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
    }

    /** A source with the harvester's retries and timeouts. */
    public SourceConfig(
            String id,
            String name,
            URI url,
            String metadataPrefix,
            List<String> sets,
            Duration interval,
            Duration delay,
            Map<String, String> headers) {
        this(id, name, url, metadataPrefix, sets, interval, delay, headers, null, null, null);
    }

    /** A source with every optional setting at its default. */
    public static SourceConfig of(String id, URI url) {
        return new SourceConfig(id, null, url, null, null, null, null, null);
    }

    /** A copy with another politeness delay. */
    public SourceConfig withDelay(Duration d) {
        return new SourceConfig(
                id, name, url, metadataPrefix, sets, interval, d, headers, retries, timeout, connectTimeout);
    }

    /** A copy with another prefix and set list. */
    public SourceConfig withPrefixAndSets(String prefix, List<String> setSpecs) {
        return new SourceConfig(
                id, name, url, prefix, setSpecs, interval, delay, headers, retries, timeout, connectTimeout);
    }

    /** A copy with other retries and timeouts ({@code null}: the harvester's default). */
    public SourceConfig withPatience(Integer retryCount, Duration responseTimeout, Duration connect) {
        return new SourceConfig(
                id, name, url, metadataPrefix, sets, interval, delay, headers, retryCount, responseTimeout, connect);
    }
}
