package org.colophon.harvester.oai;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.colophon.harvester.oai.internal.RetryPolicy;

/** Settings of a {@link Harvester}, from {@link Harvester#builder()}; only {@link #dataDir} is required. */
public final class HarvesterBuilder {

    Path dataDir;
    HttpClient httpClient;
    HarvestListener listener = HarvestListener.NONE;
    int parallelism = 4;
    RetryPolicy retry = RetryPolicy.DEFAULT;
    Duration connectTimeout = Duration.ofSeconds(20);
    Duration requestTimeout = Duration.ofSeconds(120);
    Duration readTimeout = Duration.ofSeconds(120);
    boolean keepRaw = true;
    int maxPendingPages = 16;

    HarvesterBuilder() {}

    /** The data directory: checkpoints go to {@code harvest/}, raw records to {@code raw/}. */
    public HarvesterBuilder dataDir(Path dir) {
        this.dataDir = dir;
        return this;
    }

    /** The HTTP client to use (default: a new one with the connect timeout, following redirects). */
    public HarvesterBuilder httpClient(HttpClient client) {
        this.httpClient = client;
        return this;
    }

    public HarvesterBuilder listener(HarvestListener l) {
        this.listener = Objects.requireNonNull(l);
        return this;
    }

    /** How many sources {@link #harvestAll} harvests at once (default 4). */
    public HarvesterBuilder parallelism(int n) {
        this.parallelism = n;
        return this;
    }

    /**
     * Attempts per request (default 6) and the first backoff (default 2 s, doubling, at most 2 min).
     */
    public HarvesterBuilder retries(int attempts, Duration firstBackoff) {
        this.retry = new RetryPolicy(attempts, firstBackoff, retry.maxBackoff(), retry.maxRetryAfter());
        return this;
    }

    /** The longest Retry-After honoured (default 1 h); longer ones are cut to this. */
    public HarvesterBuilder maxRetryAfter(Duration d) {
        this.retry = new RetryPolicy(retry.attempts(), retry.backoff(), retry.maxBackoff(), d);
        return this;
    }

    /** Connect timeout of the default client (default 20 s). */
    public HarvesterBuilder connectTimeout(Duration d) {
        this.connectTimeout = d;
        return this;
    }

    /** Time to the response headers (default 120 s) and the longest silence while reading a body (120 s). */
    public HarvesterBuilder timeouts(Duration request, Duration read) {
        this.requestTimeout = request;
        this.readTimeout = read;
        return this;
    }

    /** Whether records are kept in the raw store (default true). */
    public HarvesterBuilder keepRaw(boolean keep) {
        this.keepRaw = keep;
        return this;
    }

    /**
     * The most pages of one source the harvester reads ahead of the sink's commits (default 16): when that many
     * wait for their stage, it calls {@link RecordSink#flush} and waits. Bounds what a batching sink holds.
     */
    public HarvesterBuilder maxPendingPages(int n) {
        if (n < 1) throw new IllegalArgumentException("maxPendingPages must be at least 1");
        this.maxPendingPages = n;
        return this;
    }

    public Harvester build() {
        Objects.requireNonNull(dataDir, "dataDir");
        return new Harvester(this);
    }
}
