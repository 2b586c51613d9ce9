package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/** A file that is one record as a whole (an authority in RDF): its bytes, once. */
public final class WholeFile extends LookaheadSource {
    private final InputStream in;
    private final String name;
    private final String sourceId;
    private final RecordFormat format;
    private boolean read;

    public WholeFile(InputStream in, String name, String sourceId, RecordFormat format) {
        this.in = in;
        this.name = name;
        this.sourceId = sourceId;
        this.format = format;
    }

    @Override
    protected SourceRecord read() {
        if (read) return null;
        read = true;
        try {
            return SourceRecord.fromFile(sourceId, name, format, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
