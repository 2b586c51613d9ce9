package org.colophon.harvester.oai.internal;

import java.time.Duration;

/**
 * How often and how patiently to retry a request: {@code attempts} in all (retries + 1), waiting {@code backoff},
 * then twice that, and so on up to {@code maxBackoff}; a server's Retry-After is honoured up to
 * {@code maxRetryAfter}.
 */
public record RetryPolicy(int attempts, Duration backoff, Duration maxBackoff, Duration maxRetryAfter) {
    /** Three retries, 2 s, 4 s, 8 s apart. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofHours(1));

    /** The same with {@code retries} retries. */
    public RetryPolicy withRetries(int retries) {
        return new RetryPolicy(retries + 1, backoff, maxBackoff, maxRetryAfter);
    }

    /** The wait after failed attempt {@code n} (1-based). */
    public Duration backoffAfter(int n) {
        long ms = backoff.toMillis() << Math.min(n - 1, 20);
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
