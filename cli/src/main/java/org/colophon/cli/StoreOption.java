package org.colophon.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.config.StoreConfig;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RemoteStoreBuilder;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}: the data directory (the embedded store is {@code DIR/tdb2}); {@code --store URL}: a remote
 * SPARQL 1.1 store instead of the embedded one.
 */
final class StoreOption {
    /** A bearer token for the remote store's writes, when the configuration gives none. */
    static final String TOKEN_VARIABLE = "COLOPHON_STORE_TOKEN";

    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "A remote SPARQL 1.1 store (its dataset URL, e.g. http://127.0.0.1:3030/colophon, with"
                    + " /sparql, /update and /data under it) instead of the embedded store in DATA/tdb2."
                    + " user:password@ in the URL is sent as Basic; " + TOKEN_VARIABLE + " as a bearer token.")
    URI store;

    /** The configuration's {@code store:}, used when {@code --store} is not given (set by commands that read it). */
    StoreConfig configured;

    DataDir dataDir() {
        return DataDir.of(data);
    }

    /** The remote store to use, or null for the embedded one. */
    StoreConfig remote() {
        return store != null ? StoreConfig.of(store) : configured;
    }

    /** Opens the store, creating it when there is none yet (for commands that write). */
    GraphStore open() {
        return open(dataDir(), remote());
    }

    /** Opens the store of a command that only reads: a directory holding no store is a mistake, not a new store. */
    GraphStore openExisting() {
        if (remote() != null) return connect(remote());
        DataDir d = dataDir();
        if (!d.hasStore())
            throw new Main.UserError("no store in " + data + " (nothing was imported there; give --data the directory"
                    + " `colophon import` wrote to)");
        return open(d);
    }

    /** The remote store if one is configured, else the embedded store in {@code d} (for config-driven commands). */
    static GraphStore open(DataDir d, StoreConfig remote) {
        return remote != null ? connect(remote) : open(d);
    }

    /** Connects to a remote store; its token comes from the configuration, else {@value #TOKEN_VARIABLE}. */
    static GraphStore connect(StoreConfig c) {
        RemoteStoreBuilder b;
        try {
            b = GraphStore.remote(c.url());
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        if (c.query() != null) b.queryEndpoint(c.query());
        if (c.update() != null) b.updateEndpoint(c.update());
        if (c.data() != null) b.dataEndpoint(c.data());
        String token = c.token() != null ? c.token() : System.getenv(TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) b.bearerToken(token);
        try {
            return b.connect();
        } catch (RuntimeException e) {
            throw new Main.Failure("cannot use the store at " + c + ": " + Main.oneLine(e), e);
        }
    }

    static GraphStore open(DataDir d) {
        try {
            return GraphStore.open(d.tdb2());
        } catch (RuntimeException e) {
            throw new Main.Failure(whyNotOpen(d, e), e);
        }
    }

    /** One sentence on why the store could not be opened, with what to do about a lock held by another process. */
    static String whyNotOpen(DataDir d, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null) continue;
            Matcher holder = LOCK_HOLDER.matcher(m);
            if (m.contains("tdb.lock") || holder.find()) {
                String pid = holder.find(0) ? " (process " + holder.group(1) + ")" : "";
                return "the store in " + d + " is in use by another colophon process" + pid
                        + ", such as a running `colophon serve`; stop it first, or use another --data directory";
            }
        }
        return "cannot open the store in " + d + ": " + Main.oneLine(e);
    }
}
