package org.colophon.harvester.oai;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.internal.CheckpointStore;
import org.colophon.harvester.oai.internal.Counters;
import org.colophon.harvester.oai.internal.FormatsBody;
import org.colophon.harvester.oai.internal.HostGate;
import org.colophon.harvester.oai.internal.HttpFetcher;
import org.colophon.harvester.oai.internal.ListHarvest;
import org.colophon.harvester.oai.internal.OaiClient;
import org.colophon.harvester.oai.internal.RetryPolicy;
import org.colophon.harvester.raw.RawStore;
import org.colophon.record.SourceRecord;

/**
 * The OAI-PMH 2.0 harvester: {@code Harvester.builder().dataDir(p).build().harvest(source, options, sink)}.
 *
 * <p>A harvest run asks Identify (for the granularity), chooses the metadata prefix when the source names none
 * (MARC 21 first, then oai_dc), then reads ListRecords for each configured set (or the whole repository), page by
 * page: each record is kept in the {@link RawStore} and handed to the {@link RecordSink}; once the sink has committed
 * the page (the stage its {@code pageDone} returned has completed) the page's {@link Checkpoint} is saved under
 * {@code {data}/harvest/{source}/}. An interrupted run
 * resumes from its last checkpoint; a finished run's first responseDate is the next incremental run's {@code from}.
 *
 * <p>Problems with a source never throw from {@link #harvest}: they end that source with
 * {@link HarvestResult#failure()} and the listener is told. The listing verbs ({@link #identify} …) throw
 * {@link HarvestException}.
 */
public final class Harvester {
    private final HttpClient givenClient;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
    private final HostGate gate = new HostGate();
    private final RetryPolicy retry;
    private final Duration requestTimeout;
    private final Duration readTimeout;
    private final Duration connectTimeout;
    private final CheckpointStore checkpoints;
    private final RawStore raw;
    private final HarvestListener listener;
    private final int parallelism;
    private final int maxPendingPages;

    Harvester(HarvesterBuilder b) {
        this.givenClient = b.httpClient;
        this.retry = b.retry;
        this.requestTimeout = b.requestTimeout;
        this.readTimeout = b.readTimeout;
        this.connectTimeout = b.connectTimeout;
        this.checkpoints =
                new CheckpointStore(org.colophon.data.DataDir.of(b.dataDir).harvest());
        this.raw = b.keepRaw
                ? RawStore.open(org.colophon.data.DataDir.of(b.dataDir).raw())
                : null;
        this.listener = b.listener;
        this.parallelism = b.parallelism;
        this.maxPendingPages = b.maxPendingPages;
    }

    /**
     * The HTTP side for one source: its own retries and timeouts (colophon.yaml), else the builder's; one client per
     * connect timeout in use; the host gate shared by all, so politeness holds across sources.
     */
    private HttpFetcher fetcher(SourceConfig s) {
        Duration connect = s.connectTimeout() != null ? s.connectTimeout() : connectTimeout;
        HttpClient client = givenClient != null
                ? givenClient
                : clients.computeIfAbsent(connect, d -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(d)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build());
        RetryPolicy r = s.retries() != null ? retry.withRetries(s.retries()) : retry;
        Duration request = s.timeout() != null ? s.timeout() : requestTimeout;
        Duration read = s.timeout() != null ? s.timeout() : readTimeout;
        return new HttpFetcher(client, gate, r, request, read, connect);
    }

    /** Settings; only {@link HarvesterBuilder#dataDir} is required. */
    public static HarvesterBuilder builder() {
        return new HarvesterBuilder();
    }

    /** The raw store records are kept in ({@code {data}/raw}), if the builder kept raw records. */
    public Optional<RawStore> rawStore() {
        return Optional.ofNullable(raw);
    }

    /** The outcome of the source's last run, if it has run. */
    public Optional<LastRun> lastRun(String sourceId) throws IOException {
        return checkpoints.loadLastRun(sourceId);
    }

    /** The saved state of one list (source + set or null + prefix). */
    public Checkpoint checkpoint(String sourceId, String setSpec, String prefix) throws IOException {
        return checkpoints.load(sourceId, setSpec, prefix);
    }

    public RepositoryInfo identify(SourceConfig source) {
        return call(source, c -> c.identify());
    }

    public List<MetadataFormatInfo> listMetadataFormats(SourceConfig source) {
        return call(source, c -> c.listMetadataFormats());
    }

    public List<SetInfo> listSets(SourceConfig source) {
        return call(source, c -> c.listSets());
    }

    /** The prefix a harvest of this source uses: its configured one, else MARC 21 first, then oai_dc. */
    public String choosePrefix(SourceConfig source) {
        return call(source, c -> prefix(source, c));
    }

    /** One record by OAI identifier (GetRecord), not stored; the prefix is chosen as for a harvest when null. */
    public SourceRecord getRecord(SourceConfig source, String identifier, String prefix) {
        return call(source, c -> {
            String p = prefix != null ? prefix : prefix(source, c);
            List<SourceRecord> got = new ArrayList<>();
            c.getRecord(
                    identifier,
                    p,
                    h -> got.add(new SourceRecord(
                            source.id(),
                            h.identifier(),
                            h.identifier(),
                            h.datestamp(),
                            h.deleted(),
                            h.format() == null ? org.colophon.record.RecordFormat.MARCXML : h.format(),
                            h.deleted() ? new byte[0] : h.payload())));
            if (got.isEmpty()) throw new HarvestException(source.id() + ": GetRecord " + identifier + " had no record");
            if (!got.get(0).deleted() && got.get(0).raw().length == 0) {
                throw new HarvestException(
                        source.id() + ": GetRecord " + identifier + ": metadata neither MARCXML nor oai_dc");
            }
            return got.get(0);
        });
    }

    /** Harvests one source (all its sets) into the sink; never throws for source problems, see the result. */
    public HarvestResult harvest(SourceConfig source, HarvestOptions options, RecordSink sink) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        Counters counters = new Counters();
        String prefix = source.metadataPrefix();
        String failure = null;
        OaiClient client = new OaiClient(fetcher(source), source, m -> listener.warning(source.id(), m));
        try {
            RepositoryInfo info = client.identify();
            if (prefix == null) prefix = prefix(source, client);
            List<String> sets = source.sets().isEmpty() ? Arrays.asList((String) null) : source.sets();
            for (String set : sets) {
                new ListHarvest(
                                client,
                                source,
                                set,
                                prefix,
                                info.secondsGranularity(),
                                checkpoints,
                                raw,
                                sink,
                                listener,
                                maxPendingPages)
                        .run(options, counters);
            }
        } catch (HarvestException e) {
            failure = e.getMessage().startsWith(source.id() + ":")
                    ? e.getMessage().substring(source.id().length() + 1).trim()
                    : e.getMessage();
        } catch (IOException e) {
            failure = "cannot save the harvest state: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (raw != null) {
            try {
                if (failure == null) raw.compact(source.id());
                raw.release(source.id());
            } catch (IOException | RuntimeException e) {
                if (failure == null) failure = "cannot close the raw store: " + e.getMessage();
            }
        }
        HarvestResult result = new HarvestResult(
                source.id(),
                prefix,
                counters.records,
                counters.deleted,
                counters.errors,
                counters.cleaned,
                counters.pages,
                Duration.ofNanos(System.nanoTime() - start),
                failure,
                counters.seenFiles);
        try {
            checkpoints.saveLastRun(LastRun.of(result, started, Instant.now()));
        } catch (IOException e) {
            listener.warning(source.id(), "cannot save the outcome of this run: " + e.getMessage());
        }
        listener.finished(result);
        return result;
    }

    /**
     * Harvests several sources at once on a bounded pool ({@link HarvesterBuilder#parallelism}), at most one request at a
     * time per host; results in the order of {@code sources}.
     */
    public List<HarvestResult> harvestAll(List<SourceConfig> sources, HarvestOptions options, RecordSink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, sources.size())));
        try {
            List<Future<HarvestResult>> futures = new ArrayList<>();
            for (SourceConfig s : sources) futures.add(pool.submit(() -> harvest(s, options, sink)));
            List<HarvestResult> results = new ArrayList<>();
            for (Future<HarvestResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new HarvestException("harvest interrupted");
                }
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static String prefix(SourceConfig source, OaiClient c) throws InterruptedException {
        List<MetadataFormatInfo> formats = c.listMetadataFormats();
        String p = FormatsBody.choose(formats);
        if (p == null) {
            throw new HarvestException(source.id() + ": offers neither MARC 21 nor oai_dc (formats: "
                    + String.join(
                            ", ",
                            formats.stream().map(MetadataFormatInfo::prefix).toList()) + ")");
        }
        return p;
    }

    private interface Call<T> {
        T run(OaiClient c) throws InterruptedException;
    }

    private <T> T call(SourceConfig source, Call<T> call) {
        try {
            return call.run(new OaiClient(fetcher(source), source, m -> listener.warning(source.id(), m)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException(source.id() + ": interrupted");
        }
    }
}
