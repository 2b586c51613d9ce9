package org.colophon.harvester.oai;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.colophon.config.SourceConfig;
import org.colophon.record.SourceRecord;

/**
 * The child JVM of the crash test: harvests a source into a store of one file per OAI identifier, committed (written
 * and forced to disk) every {@code K} pages on a committer thread of its own, and logs every identifier it committed,
 * in order. {@code pageDone} returns at once; its stage completes when the batch holding the page is committed.
 *
 * <p>Arguments: base URL, data directory, store directory, and optionally {@code K} (pages per commit, default 1)
 * or {@code count}: then records are only counted and not kept (raw store off either), for the flat-memory test.
 * Exit code 0 when the harvest succeeded.
 */
public final class HarvestChild {
    private HarvestChild() {}

    public static void main(String[] args) throws IOException {
        Path store = Files.createDirectories(Path.of(args[2]));
        boolean count = args.length > 3 && args[3].equals("count");
        int every = args.length > 3 && !count ? Integer.parseInt(args[3]) : 1;
        Harvester h =
                Harvester.builder().dataDir(Path.of(args[1])).keepRaw(!count).build();
        SourceConfig src = SourceConfig.of("crash", URI.create(args[0])).withDelay(Duration.ZERO);
        RecordSink sink = count ? new Counting() : new FileStore(store, every);
        HarvestResult r = h.harvest(src, HarvestOptions.incremental(), sink);
        System.out.println(r.summary() + (r.ok() ? "" : " FAILED: " + r.failure()));
        System.exit(r.ok() ? 0 : 1);
    }

    /** Counts and forgets. */
    static final class Counting implements RecordSink {
        long bytes;

        @Override
        public void accept(SourceRecord record) {
            bytes += record.raw().length;
        }

        @Override
        public CompletionStage<?> pageDone(Checkpoint checkpoint) {
            System.out.println("page " + checkpoint.pages() + " bytes " + bytes);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * A store keyed by identifier that commits several pages at once: a page's records become files when the batch
     * holding it is committed, every {@code every} pages (or at a flush), on a thread of its own.
     */
    static final class FileStore implements RecordSink {
        private final Path dir;
        private final int every;
        private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "committer");
            t.setDaemon(true);
            return t;
        });
        /** Records of the page being received. */
        private final Map<String, byte[]> page = new LinkedHashMap<>();
        /** Records of the pages done since the last commit, and their stages. */
        private Map<String, byte[]> batch = new LinkedHashMap<>();

        private List<CompletableFuture<Void>> waiting = new ArrayList<>();

        FileStore(Path dir, int every) {
            this.dir = dir;
            this.every = every;
        }

        @Override
        public void accept(SourceRecord record) {
            page.put(record.recordId(), record.raw());
        }

        @Override
        public void pageAborted(String sourceId) {
            page.clear();
        }

        @Override
        public CompletionStage<?> pageDone(Checkpoint checkpoint) {
            batch.putAll(page);
            page.clear();
            CompletableFuture<Void> done = new CompletableFuture<>();
            waiting.add(done);
            if (waiting.size() >= every) commit();
            return done;
        }

        @Override
        public void flush(String sourceId) throws IOException {
            try {
                commit().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }

        private java.util.concurrent.Future<?> commit() {
            Map<String, byte[]> records = batch;
            List<CompletableFuture<Void>> stages = waiting;
            batch = new LinkedHashMap<>();
            waiting = new ArrayList<>();
            return committer.submit(() -> {
                try {
                    write(records);
                    stages.forEach(f -> f.complete(null));
                } catch (IOException | RuntimeException e) {
                    stages.forEach(f -> f.completeExceptionally(e));
                }
            });
        }

        private void write(Map<String, byte[]> records) throws IOException {
            StringBuilder log = new StringBuilder();
            for (Map.Entry<String, byte[]> e : records.entrySet()) {
                Path target = dir.resolve(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + ".xml");
                Path tmp = dir.resolve(".tmp");
                try (FileChannel ch = FileChannel.open(
                        tmp,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ch.write(java.nio.ByteBuffer.wrap(e.getValue()));
                    ch.force(true);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                log.append(e.getKey()).append('\n');
            }
            try (FileChannel ch = FileChannel.open(
                    dir.resolve("committed.log"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap(log.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        }
    }
}
