package org.colophon.graph.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A file that exists, durably, while a bulk load runs. TDB2's bulk loaders commit each index in its own transaction,
 * so a load cut short by a crash can leave the indexes out of step. Bulk loads only start on an empty store, so the
 * recovery is to return the store to empty: {@link #recover} deletes the TDB2 data before the store is connected.
 */
final class BulkLoadMarker {

    static final String FILE_NAME = "colophon-bulk-load.inprogress";

    private final Path dir;

    BulkLoadMarker(Path dir) {
        this.dir = dir;
    }

    void create() {
        Path file = dir.resolve(FILE_NAME);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode("bulk load started " + Instant.now() + "\n"));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bulk load marker " + file, e);
        }
        syncDir();
    }

    void remove() {
        try {
            Files.deleteIfExists(dir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove bulk load marker in " + dir, e);
        }
        syncDir();
    }

    /**
     * If an interrupted bulk load left its marker, deletes the TDB2 data in {@code dir} (the {@code Data-NNNN}
     * generations) and then the marker. Must run before the store is connected.
     *
     * @return true when a load was rolled back
     */
    static boolean recover(Path dir) {
        Path marker = dir.resolve(FILE_NAME);
        if (!Files.exists(marker)) {
            return false;
        }
        try (DirectoryStream<Path> generations = Files.newDirectoryStream(dir, "Data-*")) {
            for (Path generation : generations) {
                deleteTree(generation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back interrupted bulk load in " + dir, e);
        }
        new BulkLoadMarker(dir).remove();
        return true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Makes the creation or removal of the marker durable (a directory fsync; harmless where unsupported). */
    private void syncDir() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a directory as a channel; the marker file itself was forced.
        }
    }
}
