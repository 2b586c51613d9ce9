package org.colophon.ingest;

/**
 * What one ingestion run did.
 *
 * @param read records read (quarantined ones included)
 * @param quarantined records that went to the quarantine instead of the store
 * @param triples triples written (unchanged records not counted)
 * @param invalidUtf8 bytes of UTF-8 XML that were not well-formed UTF-8 and were read as U+FFFD (files only)
 */
public record IngestSummary(
        long read,
        long added,
        long replaced,
        long unchanged,
        long deleted,
        long notFound,
        long quarantined,
        long triples,
        double seconds,
        long invalidUtf8) {

    /** The same counts with the U+FFFD repairs of the files read. */
    public IngestSummary withInvalidUtf8(long bytes) {
        return new IngestSummary(
                read, added, replaced, unchanged, deleted, notFound, quarantined, triples, seconds, bytes);
    }

    /** Records per second over the run. */
    public double recordsPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** The summary line a command ends with. */
    public String line() {
        StringBuilder sb = new StringBuilder();
        sb.append("read ").append(read);
        sb.append(", added ").append(added);
        sb.append(", replaced ").append(replaced);
        sb.append(", unchanged ").append(unchanged);
        if (deleted > 0 || notFound > 0) sb.append(", deleted ").append(deleted);
        sb.append(", quarantined ").append(quarantined);
        sb.append(", triples ").append(triples);
        sb.append(String.format(", %.1f s, %.0f records/s", seconds, recordsPerSecond()));
        if (invalidUtf8 > 0)
            sb.append(", invalid UTF-8 in XML ").append(invalidUtf8).append(" (read as U+FFFD)");
        return sb.toString();
    }
}
