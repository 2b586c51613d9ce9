package org.colophon.harvester.oai.internal;

import java.time.Duration;

/**
 * How often and how patiently to retry a request: {@code attempts} in all, waiting {@code backoff}, then twice that,
 * and so on up to {@code maxBackoff}; a server's Retry-After is honoured up to {@code maxRetryAfter}.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff, Duration maxRetryAfter) {
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofHours(1));

    /** The wait after failed attempt {@code n} (1-based). */
    public Duration backoffAfter(int n) {
        long ms = backoff.toMillis() << Math.min(n - 1, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
