package org.colophon.graph.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The size of a TDB2 directory, and a small file in it ({@value #FILE}: {@code bytes records}) that remembers what the
 * store took when it last held live data only. TDB2 reads only its own {@code Data-NNNN} directories, so the file is
 * left alone by it.
 */
final class LiveSize {
    static final String FILE = "colophon-live-size";

    private LiveSize() {}

    /**
     * Bytes the files under {@code dir} take on disk. TDB2 maps its files in large segments, so their lengths run ahead
     * of the blocks written: where {@code du} is there (Linux, macOS) the allocated blocks are counted, else the
     * lengths.
     */
    static long bytes(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", "--exclude=" + FILE, dir.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            // no du here: the lengths will do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lengths(dir);
    }

    /** Bytes of every file under {@code dir} (their lengths), this class's own file aside. */
    static long lengths(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            long sum = 0;
            for (Path f : all.toList()) {
                if (!Files.isRegularFile(f) || f.getFileName().toString().equals(FILE)) continue;
                try {
                    sum += Files.size(f);
                } catch (NoSuchFileException e) {
                    // removed meanwhile (an old generation after a compaction)
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** {bytes, records} as last written, or {-1, -1}. */
    static long[] read(Path dir) {
        try {
            String[] f = Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII)
                    .strip()
                    .split("\\s+");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    static void write(Path dir, long bytes, long records) {
        try {
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.writeString(tmp, bytes + " " + records + "\n", StandardCharsets.US_ASCII);
            Files.move(
                    tmp,
                    dir.resolve(FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }
}
