package org.colophon.ingest;

import java.io.IOException;
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

/** The records of several files, read one file at a time, as one stream. */
public final class FileRecords implements RecordSource {
    private final Iterator<Path> files;
    private final String source;
    private final RecordFormat format;
    private final Quarantine quarantine;
    private RecordSource current;

    /**
     * @param format the files' format, or {@code null} to sniff each file
     * @param quarantine where stretches that are not records go
     */
    public FileRecords(List<Path> files, String source, RecordFormat format, Quarantine quarantine) {
        this.files = new ArrayList<>(files).iterator();
        this.source = source;
        this.format = format;
        this.quarantine = quarantine;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) current.close();
            current = null;
            if (!files.hasNext()) return false;
            Path f = files.next();
            try {
                current = FileRecordReader.open(f, source, format, quarantine);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableFileException(f, e);
            }
        }
        return true;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    @Override
    public void close() {
        if (current != null) current.close();
    }

    /** A file that could not be opened or read as records at all. */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        UnreadableFileException(Path file, Exception cause) {
            super("cannot read " + file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
