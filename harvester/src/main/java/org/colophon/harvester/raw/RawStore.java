package org.colophon.harvester.raw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.colophon.harvester.raw.internal.RawFiles;
import org.colophon.harvester.raw.internal.RawStoreReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;

/**
 * Every harvested record, kept raw and compressed, per source, latest version wins: {@code {dir}/{source}/ab/cd/
 * abcd….gz} (SHA-1 of the OAI identifier), each file the gzip of a JSON header line (identifier, datestamp, deleted,
 * sets, format, harvest time) and the payload. Re-delivering a record replaces its file atomically, so a page
 * received twice after a crash changes nothing; a deleted record is kept as a header with an empty payload.
 * {@link #read} streams a source back as a {@link RecordSource} for reprocessing without harvesting again, holding
 * one directory listing per level (256 entries at the top two) at a time.
 */
public final class RawStore {
    private static final int MAX_REMEMBERED = 1 << 17;

    private final Path dir;
    /** Directories known to exist (a source has at most 65,536 of them). */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    private RawStore(Path dir) {
        this.dir = dir;
    }

    /** The store in {@code dir} (normally {@code {data}/raw}); created on first write. */
    public static RawStore open(Path dir) {
        return new RawStore(dir);
    }

    public Path directory() {
        return dir;
    }

    /**
     * Keeps a record, replacing an earlier version with the same identifier. The file is written beside its place
     * under a hidden name ({@code .{name}.tmp}, which readers skip) and renamed over it. Directories once made are
     * remembered, so a put is an open, a write and a rename.
     */
    public void put(String sourceId, RawRecord record) throws IOException {
        Path target = RawFiles.path(sourceDir(sourceId), record.identifier());
        Path parent = target.getParent();
        if (!made.contains(parent)) {
            Files.createDirectories(parent);
            if (made.size() > MAX_REMEMBERED) made.clear();
            made.add(parent);
        }
        Path tmp = parent.resolve("." + target.getFileName() + ".tmp");
        byte[] bytes = RawFiles.encode(record);
        try {
            try {
                Files.write(tmp, bytes);
            } catch (java.nio.file.NoSuchFileException gone) {
                // the directory was removed behind our back: make it again
                Files.createDirectories(parent);
                Files.write(tmp, bytes);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The latest version of one record. */
    public Optional<RawRecord> get(String sourceId, String identifier) throws IOException {
        Path p = RawFiles.path(sourceDir(sourceId), identifier);
        return Files.exists(p) ? Optional.of(RawFiles.decode(p)) : Optional.empty();
    }

    /** Removes a record entirely (not a deletion from the source: that is a record with {@code deleted}). */
    public boolean remove(String sourceId, String identifier) throws IOException {
        return Files.deleteIfExists(RawFiles.path(sourceDir(sourceId), identifier));
    }

    /**
     * Every record of a source, live and deleted, in a stable order; unreadable files go to the quarantine.
     */
    public RecordSource read(String sourceId, Quarantine quarantine) {
        return new RawStoreReader(sourceDir(sourceId), sourceId, quarantine);
    }

    /**
     * After a full harvest: removes every live record whose identifier {@code keep} rejects, returning how many.
     * Deleted records are left as they are.
     */
    public long retainOnly(String sourceId, Predicate<String> keep) throws IOException {
        long removed = 0;
        try (RawStoreReader r = new RawStoreReader(sourceDir(sourceId), sourceId, Quarantine.counting())) {
            for (RawRecord rec = r.nextRaw(); rec != null; rec = r.nextRaw()) {
                if (!rec.deleted() && !keep.test(rec.identifier()) && remove(sourceId, rec.identifier())) removed++;
            }
        }
        return removed;
    }

    private Path sourceDir(String sourceId) {
        if (!sourceId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("bad source id for the raw store: '" + sourceId + "'");
        }
        return dir.resolve(sourceId);
    }
}
