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
import java.util.LinkedHashMap;
import java.util.Map;
import org.colophon.config.SourceConfig;
import org.colophon.record.SourceRecord;

/**
 * The child JVM of the crash test: harvests a source into a store of one file per OAI identifier, committed (written
 * and forced to disk) at every {@code pageDone}, and logs every identifier it committed, in order.
 *
 * <p>Arguments: base URL, data directory, store directory, and optionally {@code count}: then records are only
 * counted and not kept (raw store off either), for the flat-memory test. Exit code 0 when the harvest succeeded.
 */
public final class HarvestChild {
    private HarvestChild() {}

    public static void main(String[] args) throws IOException {
        Path store = Files.createDirectories(Path.of(args[2]));
        boolean count = args.length > 3 && args[3].equals("count");
        Harvester h =
                Harvester.builder().dataDir(Path.of(args[1])).keepRaw(!count).build();
        SourceConfig src = SourceConfig.of("crash", URI.create(args[0])).withDelay(Duration.ZERO);
        RecordSink sink = count ? new Counting() : new FileStore(store);
        HarvestResult r = h.harvest(src, HarvestOptions.incremental(), sink);
        System.out.println(r.summary());
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
        public void pageDone(Checkpoint checkpoint) {
            System.out.println("page " + checkpoint.pages() + " bytes " + bytes);
        }
    }

    /** A store keyed by identifier: a page's records become files only when the page is done. */
    static final class FileStore implements RecordSink {
        private final Path dir;
        private final Map<String, byte[]> pending = new LinkedHashMap<>();

        FileStore(Path dir) {
            this.dir = dir;
        }

        @Override
        public void accept(SourceRecord record) {
            pending.put(record.recordId(), record.raw());
        }

        @Override
        public void pageAborted(String sourceId) {
            pending.clear();
        }

        @Override
        public void pageDone(Checkpoint checkpoint) throws IOException {
            StringBuilder log = new StringBuilder();
            for (Map.Entry<String, byte[]> e : pending.entrySet()) {
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
            pending.clear();
        }
    }
}
