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
 * @param guards how much memory and how many threads queries may take: triples per CONSTRUCT/DESCRIBE, heavy queries
 *     at once, the heap level where heavy queries are shed
 */
public record EndpointConfig(
        String writeToken,
        Duration queryTimeout,
        long resultLimit,
        Set<String> serviceAllowlist,
        String title,
        java.util.Map<String, String> libraries,
        Guards guards) {

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
        guards = guards == null ? Guards.DEFAULTS : guards;
    }

    /**
     * The memory guards.
     *
     * @param tripleLimit the most triples a CONSTRUCT or DESCRIBE answer holds (a CONSTRUCT is given {@code LIMIT
     *     tripleLimit / template size}; a DESCRIBE stops describing once its answer holds this many); the response
     *     then carries {@value #TRIPLE_LIMIT_HEADER}
     * @param heavyQueries how many heavy queries (sorting, grouping, DISTINCT, regex, paths with {@code *}/{@code +},
     *     a large OFFSET) run at once; more wait in a queue
     * @param heavyQueue how many heavy queries may wait for a turn (up to {@code queueWait}); beyond, {@code 503} with
     *     {@code Retry-After}
     * @param queueWait the longest a heavy query waits for its turn
     * @param heapThreshold the fraction of the old generation (after a collection) above which heavy queries are
     *     refused with {@code 503} until memory is back below it
     * @param spillThreshold bindings a sort, DISTINCT or the like keeps in memory before spilling to temporary files
     */
    public record Guards(
            long tripleLimit,
            int heavyQueries,
            int heavyQueue,
            Duration queueWait,
            double heapThreshold,
            long spillThreshold) {

        /**
         * 100,000 triples; heavy queries on half the cores at once (at least one: a heavy query keeps a core busy
         * until its timeout), 16 waiting up to 10 s; heap 85 %; spill after 20,000 (a spill is not cancelled midway,
         * so smaller spills stop sooner).
         */
        public static final Guards DEFAULTS =
                new Guards(100_000, halfTheCores(), 16, Duration.ofSeconds(10), 0.85, 20_000);

        /** Half the processors this JVM may use, at least 1. */
        public static int halfTheCores() {
            return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }

        public Guards {
            if (tripleLimit < 1) throw new IllegalArgumentException("tripleLimit must be at least 1: " + tripleLimit);
            if (heavyQueries < 1)
                throw new IllegalArgumentException("heavyQueries must be at least 1: " + heavyQueries);
            if (heavyQueue < 0) throw new IllegalArgumentException("heavyQueue must not be negative: " + heavyQueue);
            Objects.requireNonNull(queueWait, "queueWait");
            if (queueWait.isNegative()) throw new IllegalArgumentException("queueWait must not be negative");
            if (!(heapThreshold > 0 && heapThreshold <= 1))
                throw new IllegalArgumentException("heapThreshold must be above 0 and at most 1: " + heapThreshold);
            if (spillThreshold < 1)
                throw new IllegalArgumentException("spillThreshold must be at least 1: " + spillThreshold);
        }

        public Guards withTripleLimit(long limit) {
            return new Guards(limit, heavyQueries, heavyQueue, queueWait, heapThreshold, spillThreshold);
        }

        public Guards withHeavyQueries(int running, int waiting) {
            return new Guards(tripleLimit, running, waiting, queueWait, heapThreshold, spillThreshold);
        }

        public Guards withQueueWait(Duration wait) {
            return new Guards(tripleLimit, heavyQueries, heavyQueue, wait, heapThreshold, spillThreshold);
        }

        public Guards withHeapThreshold(double fraction) {
            return new Guards(tripleLimit, heavyQueries, heavyQueue, queueWait, fraction, spillThreshold);
        }

        public Guards withSpillThreshold(long bindings) {
            return new Guards(tripleLimit, heavyQueries, heavyQueue, queueWait, heapThreshold, bindings);
        }
    }

    /** Response header naming the triple limit applied to a CONSTRUCT or DESCRIBE, present only when it was. */
    public static final String TRIPLE_LIMIT_HEADER = "Colophon-Triple-Limit";

    /** Read-only, 30 s timeout, 10,000 rows, no federated queries, {@link Guards#DEFAULTS}. */
    public static EndpointConfig defaults() {
        return new EndpointConfig(null, Duration.ofSeconds(30), 10_000, Set.of(), null, null, null);
    }

    public EndpointConfig withGuards(Guards newGuards) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, serviceAllowlist, title, libraries, newGuards);
    }

    public EndpointConfig withWriteToken(String token) {
        return new EndpointConfig(token, queryTimeout, resultLimit, serviceAllowlist, title, libraries, guards);
    }

    public EndpointConfig withQueryTimeout(Duration timeout) {
        return new EndpointConfig(writeToken, timeout, resultLimit, serviceAllowlist, title, libraries, guards);
    }

    public EndpointConfig withResultLimit(long limit) {
        return new EndpointConfig(writeToken, queryTimeout, limit, serviceAllowlist, title, libraries, guards);
    }

    public EndpointConfig withServiceAllowlist(Set<String> hosts) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, hosts, title, libraries, guards);
    }

    public EndpointConfig withTitle(String newTitle) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, serviceAllowlist, newTitle, libraries, guards);
    }

    /** The libraries' names, by source id. */
    public EndpointConfig withLibraries(java.util.Map<String, String> names) {
        return new EndpointConfig(writeToken, queryTimeout, resultLimit, serviceAllowlist, title, names, guards);
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
