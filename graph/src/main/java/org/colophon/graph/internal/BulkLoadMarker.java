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
 * A file that exists, durably, while the store is empty in principle but its files are being written in steps that
 * are not one transaction, so that a crash in between can leave the TDB2 files out of step:
 *
 * <ul>
 *   <li>a bulk load ({@link #FILE_NAME}): TDB2's bulk loaders commit each index in its own transaction;
 *   <li>the creation of a new store ({@link #CREATE_FILE_NAME}): TDB2 writes the files of its indexes one after the
 *       other, and an index whose records file was written but not its nodes file can never be opened again.
 * </ul>
 *
 * Both only happen on an empty store, so the recovery is to return the store to empty: {@link #recover} deletes the
 * TDB2 data before the store is connected.
 */
final class BulkLoadMarker {

    static final String FILE_NAME = "colophon-bulk-load.inprogress";
    static final String CREATE_FILE_NAME = "colophon-create.inprogress";

    private final Path dir;
    private final String fileName;

    BulkLoadMarker(Path dir) {
        this(dir, FILE_NAME);
    }

    private BulkLoadMarker(Path dir, String fileName) {
        this.dir = dir;
        this.fileName = fileName;
    }

    /** The marker that guards the creation of a new store's files. */
    static BulkLoadMarker creation(Path dir) {
        return new BulkLoadMarker(dir, CREATE_FILE_NAME);
    }

    void create() {
        Path file = dir.resolve(fileName);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(fileName + " started " + Instant.now() + "\n"));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bulk load marker " + file, e);
        }
        syncDir();
    }

    void remove() {
        try {
            Files.deleteIfExists(dir.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + fileName + " in " + dir, e);
        }
        syncDir();
    }

    /**
     * If an interrupted bulk load or creation left its marker, deletes the TDB2 data in {@code dir} (the {@code
     * Data-NNNN} generations) and then the markers. Must run before the store is connected.
     *
     * @return true when a load or creation was rolled back
     */
    static boolean recover(Path dir) {
        if (!Files.exists(dir.resolve(FILE_NAME)) && !Files.exists(dir.resolve(CREATE_FILE_NAME))) {
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
        creation(dir).remove();
        return true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** True when {@code dir} holds no TDB2 generation yet: connecting to it creates a new store. */
    static boolean noStoreIn(Path dir) {
        try (DirectoryStream<Path> generations = Files.newDirectoryStream(dir, "Data-*")) {
            return !generations.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
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
