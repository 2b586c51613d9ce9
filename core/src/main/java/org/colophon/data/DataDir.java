package org.colophon.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The data directory and its layout, named in one place: {@code tdb2/} (the embedded store), {@code raw/} (harvested
 * records as received), {@code harvest/} (checkpoints and run state), {@code quarantine/} (records that could not be
 * converted, with their reasons) and {@code index/} (the discovery index).
 *
 * @param root the directory itself, e.g. {@code ./data}
 */
public record DataDir(Path root) {
    /** The default, {@code ./data}, relative to the working directory. */
    public static final DataDir DEFAULT = new DataDir(Path.of("data"));

    public DataDir {
        Objects.requireNonNull(root, "root");
    }

    public static DataDir of(Path root) {
        return new DataDir(root);
    }

    /** The embedded TDB2 store. */
    public Path tdb2() {
        return root.resolve("tdb2");
    }

    /** Harvested records as the source sent them, for {@code reprocess}. */
    public Path raw() {
        return root.resolve("raw");
    }

    /** Harvest checkpoints and the state of each source's last run. */
    public Path harvest() {
        return root.resolve("harvest");
    }

    /** Records that could not be read or converted, raw, with {@code quarantine.tsv} giving the reasons. */
    public Path quarantine() {
        return root.resolve("quarantine");
    }

    /** The discovery (search) index. */
    public Path index() {
        return root.resolve("index");
    }

    /** Present while a batch is being committed to store and index; found at start, it means the index needs repair. */
    public Path indexPending() {
        return root.resolve("index.pending");
    }

    /** Whether an embedded store has been created here. */
    public boolean hasStore() {
        return Files.isDirectory(tdb2());
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
