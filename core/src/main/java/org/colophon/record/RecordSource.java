package org.colophon.record;

import java.util.Iterator;

/**
 * A pull stream of records: a file reader, an OAI-PMH harvest, the raw store. Records are produced one at a time so
 * memory stays flat whatever the size of the input. Problems that make a stretch of input unreadable as a record at
 * all are not thrown: they are handed to the {@link Quarantine} given to the reader, and reading goes on.
 */
public interface RecordSource extends Iterator<SourceRecord>, AutoCloseable {

    @Override
    void close();
}
