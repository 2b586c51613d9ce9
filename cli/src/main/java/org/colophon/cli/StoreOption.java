package org.colophon.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the data directory (the embedded store is {@code DIR/tdb2}). */
final class StoreOption {
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    DataDir dataDir() {
        return DataDir.of(data);
    }

    /** Opens the store, creating it when there is none yet (for commands that write). */
    GraphStore open() {
        return open(dataDir());
    }

    /** Opens the store of a command that only reads: a directory holding no store is a mistake, not a new store. */
    GraphStore openExisting() {
        DataDir d = dataDir();
        if (!d.hasStore())
            throw new Main.UserError("no store in " + data + " (nothing was imported there; give --data the directory"
                    + " `colophon import` wrote to)");
        return open(d);
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
