package org.colophon.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityIndex;
import org.colophon.authority.AuthorityLinker;
import org.colophon.authority.ReconcileServlet;
import org.colophon.authority.ReviewServlet;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.endpoint.ColophonServer;
import org.colophon.endpoint.EndpointConfig;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon serve}: the SPARQL endpoint and linked-data pages over the store (embedded or remote). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the store: search, SPARQL 1.1, linked-data pages for every record, VoID, health and metrics.",
            "Search (/search, /suggest) reads the index in DATA/index; SPARQL is at /sparql.",
            "Authorities: /reconcile (the W3C Reconciliation API), /review (headings waiting for a decision).",
            "Anyone may read; writes (/update, Graph Store writes, /review decisions) need the token from",
            "COLOPHON_WRITE_TOKEN (or the config's server.token)."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read base, data, store and the server section (port, token, queryTimeout, resultLimit,"
                    + " serviceAllowlist, tripleLimit, heavyQueries, heavyQueue, heapThreshold) from this file;"
                    + " options given on the command line win.")
    java.nio.file.Path config;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        String configToken = null;
        if (config != null) {
            ConfigOption file = new ConfigOption();
            file.file = config;
            org.colophon.config.ColophonConfig cfg = file.load();
            var given = spec.commandLine().getParseResult();
            if (!given.hasMatchedOption("--data")) store.data = cfg.data();
            if (!given.hasMatchedOption("--store")) store.configured = cfg.store();
            if (!given.hasMatchedOption("--base")) server.base = cfg.base();
            if (!given.hasMatchedOption("--port")) server.port = cfg.server().port();
            if (!given.hasMatchedOption("--query-timeout"))
                server.timeout = cfg.server().queryTimeout().toSeconds();
            if (!given.hasMatchedOption("--result-limit"))
                server.limit = cfg.server().resultLimit();
            if (!given.hasMatchedOption("--allow-service"))
                server.allow = java.util.Set.copyOf(cfg.server().serviceAllowlist());
            if (!given.hasMatchedOption("--triple-limit"))
                server.tripleLimit = cfg.server().tripleLimit();
            if (!given.hasMatchedOption("--heavy-queries"))
                server.heavyQueries = cfg.server().heavyQueries();
            if (!given.hasMatchedOption("--heavy-queue"))
                server.heavyQueue = cfg.server().heavyQueue();
            if (!given.hasMatchedOption("--heap-threshold"))
                server.heapThreshold = cfg.server().heapThreshold();
            configToken = cfg.server().token();
            for (var source : cfg.sources())
                if (source.name() != null) server.libraries.put(source.id(), source.name());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore g = store.open()) {
            // the authorities are read on a thread of their own: /reconcile and /review answer 503 until they are
            AuthorityLinker linker = Authorities.serving(g, store.dataDir());
            try (Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, store.dataDir(), linker)
                    .base(server.base())
                    .build()) {
                ingest.repairedAtOpen()
                        .ifPresent(r -> err.println("search index repaired after an interrupted batch: " + r.line()));
                return server.serve(g, store.dataDir(), err, configToken, ingest, linker);
            }
        } finally {
            server.closed.countDown();
        }
    }

    /** Options shared by {@code serve} and {@code demo}, and the serving itself. */
    static final class ServerOptions {
        @Option(
                names = "--port",
                defaultValue = "3030",
                description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(
                names = "--base",
                description = "The base IRI the records were minted under (default: http://localhost:PORT/).")
        String base;

        /** The port, with 0 replaced by a free one (chosen once). */
        int port() {
            if (port == 0) port = FreePort.find();
            return port;
        }

        /** The published base: --base, else this server's own address. */
        String base() {
            return base != null ? base : "http://localhost:" + port() + "/";
        }

        @Option(
                names = "--query-timeout",
                defaultValue = "30",
                description = "Seconds a query may run (default: ${DEFAULT-VALUE}).")
        long timeout;

        @Option(
                names = "--result-limit",
                defaultValue = "10000",
                description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
        long limit;

        @Option(
                names = "--allow-service",
                split = ",",
                paramLabel = "HOST",
                description = "Hosts a federated SERVICE may call (default: none).")
        Set<String> allow = Set.of();

        @Option(
                names = "--triple-limit",
                defaultValue = "100000",
                description = "Most triples a CONSTRUCT or DESCRIBE answer holds (default: ${DEFAULT-VALUE}).")
        long tripleLimit;

        @Option(
                names = "--heavy-queries",
                defaultValue = "0",
                description = "Heavy queries (ORDER BY, GROUP BY, DISTINCT, regex, paths with * or +) run at once;"
                        + " more wait their turn (default: half the cores, at least 1).")
        int heavyQueries;

        @Option(
                names = "--heavy-queue",
                defaultValue = "16",
                description = "Heavy queries that may wait for a turn, up to 10 s; beyond, 503 with Retry-After"
                        + " (default: ${DEFAULT-VALUE}).")
        int heavyQueue;

        @Option(
                names = "--heap-threshold",
                defaultValue = "85",
                description = "Percent of the old generation (after a collection) above which heavy queries get 503"
                        + " until memory recovers (default: ${DEFAULT-VALUE}).")
        int heapThreshold;

        /** Counted down once the store and index are closed, so the shutdown hook can wait for it. */
        final CountDownLatch closed = new CountDownLatch(1);

        /** Library names by source id, for the pages (from the configuration's sources). */
        final java.util.Map<String, String> libraries = new java.util.LinkedHashMap<>();

        /**
         * Serves until the process is stopped, with search over {@code index}; the token comes from
         * COLOPHON_WRITE_TOKEN, else the config's.
         */
        int serve(
                GraphStore g, DataDir data, PrintWriter err, String configToken, Ingest ingest, AuthorityLinker linker)
                throws InterruptedException {
            DiscoveryIndex index = ingest.searchIndex().orElseThrow();
            String env = System.getenv("COLOPHON_WRITE_TOKEN");
            String token = env != null && !env.isBlank() ? env : configToken;
            EndpointConfig config = EndpointConfig.defaults()
                    .withWriteToken(token == null || token.isBlank() ? null : token)
                    .withQueryTimeout(Duration.ofSeconds(timeout))
                    .withResultLimit(limit)
                    .withServiceAllowlist(allow)
                    .withLibraries(libraries)
                    .withGuards(guards());
            String published = base();
            if (!published.endsWith("/")) throw new Main.UserError("--base must end with '/': " + published);
            MintedBase.of(g)
                    .filter(minted -> !minted.equals(published))
                    .ifPresent(minted -> err.println("warning: the records in this store were minted under " + minted
                            + " but the server publishes " + published + ", so their pages will not be found;"
                            + " serve with --base " + minted + " (or import again under " + published + ")"));
            // counting the records reads every record's metadata: only when the index is empty and the store is not
            long records = index.count() == 0 && !g.isEmpty() ? g.stats().records() : 0;
            if (records > 0)
                err.println("warning: the search index is empty but the store holds " + records
                        + " records; run `colophon reindex` (with the server stopped) to search them");
            // the classification the records link to (690, 084 $2 clc), served beside them: written on the first
            // serve, and again when the scheme or the base changed
            VocabularyGraphs.ensureClc(g, published);
            AuthorityIndex authorities = linker.index();
            ColophonServer s = ColophonServer.builder()
                    .store(g)
                    .search(index)
                    .base(published)
                    .port(port())
                    .config(config)
                    .servlet("/reconcile/*", new ReconcileServlet(authorities, index, g, published + "reconcile/"))
                    .servlet("/review/*", new ReviewServlet(Authorities.review(ingest, linker), config.writeToken()))
                    .build();
            try {
                s.start();
            } catch (RuntimeException e) {
                if (FreePort.isBindFailure(e))
                    throw new Main.Failure(
                            "port " + port() + " is in use (another colophon serve?); stop that or choose --port", e);
                throw e;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnSignal(s, stopped, err), "colophon-stop"));
            err.println("serving " + s.url() + " (search: " + s.url() + "search; SPARQL: " + s.url() + "sparql; writes "
                    + (config.writable() ? "need the token" : "off") + "); Ctrl-C stops");
            err.println("limits: " + limits(config));
            err.flush();
            stopped.await();
            return ExitCode.OK;
        }

        /**
         * On SIGTERM or Ctrl-C: stops the server, lets {@link #serve} return so that the store and the search index
         * are closed by their owner, and waits (up to 20 s) for that before the JVM goes.
         */
        private void stopOnSignal(ColophonServer s, CountDownLatch stopped, PrintWriter err) {
            try {
                s.stop();
            } catch (RuntimeException | Error e) {
                err.println("stopping the server: " + e);
            } finally {
                stopped.countDown();
            }
            try {
                if (closed.await(20, TimeUnit.SECONDS)) {
                    err.println("stopped; store closed");
                } else {
                    err.println("stopped; the store was not closed within 20 s (it recovers on next open)");
                }
                err.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        EndpointConfig.Guards guards() {
            if (heapThreshold < 1 || heapThreshold > 100)
                throw new Main.UserError("--heap-threshold must be a percentage from 1 to 100: " + heapThreshold);
            if (tripleLimit < 1) throw new Main.UserError("--triple-limit must be at least 1: " + tripleLimit);
            if (heavyQueries < 0) throw new Main.UserError("--heavy-queries must not be negative: " + heavyQueries);
            if (heavyQueue < 0) throw new Main.UserError("--heavy-queue must not be negative: " + heavyQueue);
            return EndpointConfig.Guards.DEFAULTS
                    .withTripleLimit(tripleLimit)
                    .withHeavyQueries(
                            heavyQueries == 0 ? EndpointConfig.Guards.halfTheCores() : heavyQueries, heavyQueue)
                    .withHeapThreshold(heapThreshold / 100.0);
        }

        /** "queries 30 s, 10000 rows, 100000 triples; heavy queries 4 at once (16 waiting); heap 1024 MB, …" */
        private static String limits(EndpointConfig config) {
            EndpointConfig.Guards g = config.guards();
            return "queries " + config.queryTimeout().toSeconds() + " s, " + config.resultLimit() + " rows, "
                    + g.tripleLimit() + " triples; heavy queries " + g.heavyQueries() + " at once ("
                    + g.heavyQueue() + " waiting); heap "
                    + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB, heavy queries refused above " + Math.round(g.heapThreshold() * 100)
                    + " % of the old generation (set the heap with COLOPHON_JAVA_OPTS=-Xmx…)";
        }
    }
}
