package org.colophon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/**
 * The records of several files, read one file at a time, as one stream. One bad file never stops the stream: a file
 * that cannot be opened as records (not MARC at all, an empty file, a broken gzip header) goes to the quarantine as
 * a whole, with its first bytes; a file that breaks off while being read (a gzip cut short, a read error) keeps the
 * records before the break, and the break goes to the quarantine; the next file is read either way.
 */
public final class FileRecords implements RecordSource {
    /** How much of an unreadable file the quarantine keeps. */
    static final int KEEP = 1 << 20;

    private final Iterator<Path> files;
    private final String source;
    private final RecordFormat format;
    private final Quarantine quarantine;
    private RecordSource current;
    private Path currentFile;
    private int fromCurrent;
    private int unreadable;
    private final java.util.concurrent.atomic.LongAdder invalidUtf8 = new java.util.concurrent.atomic.LongAdder();

    /**
     * @param format the files' format, or {@code null} to sniff each file
     * @param quarantine where stretches that are not records go, and files that cannot be read
     */
    public FileRecords(List<Path> files, String source, RecordFormat format, Quarantine quarantine) {
        this.files = new ArrayList<>(files).iterator();
        this.source = source;
        this.format = format;
        this.quarantine = quarantine;
    }

    @Override
    public boolean hasNext() {
        while (true) {
            if (current != null) {
                try {
                    if (current.hasNext()) return true;
                } catch (RuntimeException e) {
                    brokeOff(e);
                }
                closeCurrent();
            }
            if (!files.hasNext()) return false;
            Path f = files.next();
            try {
                current = FileRecordReader.open(f, source, format, quarantine, invalidUtf8);
                currentFile = f;
                fromCurrent = 0;
            } catch (IOException | RuntimeException e) {
                unreadable(f, e);
            }
        }
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        fromCurrent++;
        return current.next();
    }

    /** Bytes of UTF-8 XML that were not well-formed UTF-8 and were read as U+FFFD, in all files so far. */
    public long invalidUtf8() {
        return invalidUtf8.sum();
    }

    /**
     * The clause a summary line ends with when bytes were read as U+FFFD ({@code , invalid UTF-8 in XML 6 (read as
     * U+FFFD)}), else the empty string.
     */
    public String invalidUtf8Clause() {
        long n = invalidUtf8();
        return n == 0 ? "" : ", invalid UTF-8 in XML " + n + " (read as U+FFFD)";
    }

    /** Files that went to the quarantine whole or in part because they could not be read. */
    public int unreadableFiles() {
        return unreadable;
    }

    private void unreadable(Path f, Exception e) {
        unreadable++;
        String name = f.getFileName().toString();
        quarantine.put(
                SourceRecord.fromFile(source, name, format != null ? format : RecordFormat.MARC21, head(f)),
                "read",
                name + ": cannot be read as records (" + reason(e, name) + "); the whole file is left out");
    }

    private void brokeOff(RuntimeException e) {
        unreadable++;
        String name = currentFile.getFileName().toString();
        quarantine.put(
                SourceRecord.fromFile(
                        source,
                        name + "#" + (fromCurrent + 1),
                        format != null ? format : RecordFormat.MARC21,
                        new byte[0]),
                "read",
                name + ": reading broke off after record " + fromCurrent + " (" + reason(e, name)
                        + "); the records before it are kept, the rest of the file is left out");
    }

    private static String reason(Exception e, String name) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        return m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m;
    }

    private static byte[] head(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(KEEP);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void closeCurrent() {
        try {
            current.close();
        } catch (RuntimeException e) {
            // the file is done with; a failed close loses nothing
        }
        current = null;
    }

    @Override
    public void close() {
        if (current != null) current.close();
    }
}
