package org.colophon.harvester.oai.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one source's run has counted so far, across its sets. */
public final class Counters {
    public long records;
    public long deleted;
    public long errors;
    public long cleaned;
    public long pages;
    public final List<Path> seenFiles = new ArrayList<>();
}
