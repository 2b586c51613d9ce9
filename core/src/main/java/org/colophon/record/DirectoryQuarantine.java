package org.colophon.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps quarantined records in a directory: each record's raw bytes in its own file ({@code 000001.mrc},
 * {@code 000002.xml}, …) and one line per record in {@code quarantine.tsv}: time, stage, source, record id,
 * locator, reason, file. Appends, so several runs can share a directory.
 */
public final class DirectoryQuarantine implements Quarantine, AutoCloseable {
    private final Path dir;
    private final BufferedWriter index;
    private final AtomicLong count = new AtomicLong();
    private final long start;

    public DirectoryQuarantine(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Path tsv = dir.resolve("quarantine.tsv");
        boolean fresh = !Files.exists(tsv);
        this.index = Files.newBufferedWriter(
                tsv, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (fresh) index.write("time\tstage\tsource\trecord\tlocator\treason\tfile\n");
        try (var files = Files.list(dir)) {
            this.start = files.filter(p -> !p.getFileName().toString().equals("quarantine.tsv"))
                    .count();
        }
    }

    @Override
    public synchronized void put(SourceRecord record, String stage, String reason) {
        long n = start + count.incrementAndGet();
        String file = String.format("%06d.%s", n, extension(record.format()));
        try {
            Files.write(dir.resolve(file), record.raw());
            index.write(String.join(
                    "\t",
                    Instant.now().toString(),
                    stage,
                    record.sourceId(),
                    record.recordId() == null ? "" : clean(record.recordId()),
                    clean(record.locator()),
                    clean(reason),
                    file));
            index.write('\n');
            index.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to quarantine " + dir, e);
        }
    }

    @Override
    public long count() {
        return count.get();
    }

    public Path directory() {
        return dir;
    }

    @Override
    public synchronized void close() throws IOException {
        index.close();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String extension(RecordFormat f) {
        return switch (f) {
            case MARC21, UNIMARC -> "mrc";
            case MARC_JSON -> "json";
            default -> "xml";
        };
    }
}
