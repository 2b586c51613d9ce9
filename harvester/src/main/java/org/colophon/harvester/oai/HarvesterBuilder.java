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
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration requestTimeout = Duration.ofSeconds(60);
    Duration readTimeout = Duration.ofSeconds(60);
    boolean keepRaw = true;
    int maxPendingPages = 16;

    HarvesterBuilder() {}

    /** The data directory: checkpoints go to {@code harvest/}, raw records to {@code raw/}. */
    public HarvesterBuilder dataDir(Path dir) {
        this.dataDir = dir;
        return this;
    }

    /**
     * The HTTP client to use for every source (default: one per connect timeout in use, following redirects); a
     * client given here keeps its own connect timeout.
     */
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
     * The default for sources that set none ({@code retries} in colophon.yaml): how many times a failed request is
     * tried again (default 3), and the first backoff (default 2 s, doubling, at most 2 min).
     */
    public HarvesterBuilder retries(int retries, Duration firstBackoff) {
        if (retries < 0) throw new IllegalArgumentException("retries below 0: " + retries);
        this.retry = new RetryPolicy(retries + 1, firstBackoff, retry.maxBackoff(), retry.maxRetryAfter());
        return this;
    }

    /** The longest Retry-After honoured (default 1 h); longer ones are cut to this. */
    public HarvesterBuilder maxRetryAfter(Duration d) {
        this.retry = new RetryPolicy(retry.attempts(), retry.backoff(), retry.maxBackoff(), d);
        return this;
    }

    /** The default for sources that set none ({@code connectTimeout}): the longest wait for a connection (10 s). */
    public HarvesterBuilder connectTimeout(Duration d) {
        this.connectTimeout = d;
        return this;
    }

    /**
     * The default for sources that set none ({@code timeout} in colophon.yaml): the longest wait for a response to
     * begin, and the longest silence within one (default 60 s each).
     */
    public HarvesterBuilder timeout(Duration d) {
        return timeouts(d, d);
    }

    /** As {@link #timeout}, the two apart: time to the response headers, and the longest silence in a body. */
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
