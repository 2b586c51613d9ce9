package org.colophon.harvester.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.colophon.harvester.files.internal.FormatSniffer;
import org.colophon.harvester.files.internal.Inputs;
import org.colophon.harvester.files.internal.Iso2709Splitter;
import org.colophon.harvester.files.internal.JsonSplitter;
import org.colophon.harvester.files.internal.WholeFile;
import org.colophon.harvester.files.internal.XmlSplitter;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;

/**
 * Splits a file of MARC records (ISO 2709, MARCXML in any wrapper, MARC-in-JSON; gzipped or not) into
 * {@link org.colophon.record.SourceRecord}s, one at a time, in flat memory. Each record's locator is
 * {@code fileName#ordinal@offset} (ordinal from 1). Stretches that are not records go to the quarantine. In XML that
 * is UTF-8, bytes that are not well-formed UTF-8 (a lone surrogate, a stray byte) are read as U+FFFD, as in ISO 2709,
 * instead of stopping the parser.
 */
public final class FileRecordReader {
    private FileRecordReader() {}

    /**
     * Opens a file as a stream of records.
     *
     * @param formatOrNull the format, or {@code null} to detect it from the first bytes; {@link RecordFormat#UNIMARC}
     *     or {@link RecordFormat#UNIMARCXML} read the file as ISO 2709 or XML as its first bytes say, and label every
     *     record UNIMARC
     */
    public static RecordSource open(Path file, String sourceId, RecordFormat formatOrNull, Quarantine q)
            throws IOException {
        return open(file, sourceId, formatOrNull, q, null);
    }

    /**
     * As above, counting in {@code invalidUtf8} (when not null) every byte of UTF-8 XML that was not well-formed UTF-8
     * and was read as U+FFFD.
     */
    public static RecordSource open(
            Path file,
            String sourceId,
            RecordFormat formatOrNull,
            Quarantine q,
            java.util.concurrent.atomic.LongAdder invalidUtf8)
            throws IOException {
        RecordFormat format = formatOrNull != null ? formatOrNull : detect(file);
        if (format == RecordFormat.UNIMARC || format == RecordFormat.UNIMARCXML) {
            // UNIMARC names the dialect, not the serialisation: the bytes say whether it is ISO 2709 or XML
            format = switch (detect(file)) {
                case MARC21, UNIMARC -> RecordFormat.UNIMARC;
                case MARC_JSON -> RecordFormat.MARC_JSON;
                default -> RecordFormat.UNIMARCXML;
            };
        }
        String name = file.getFileName().toString();
        InputStream in = Inputs.open(file);
        try {
            return switch (format) {
                case MARC21, UNIMARC -> new Iso2709Splitter(in, name, sourceId, format, q);
                case MARCXML, UNIMARCXML, DUBLIN_CORE ->
                    XmlSplitter.open(in, invalidUtf8, file, name, sourceId, format, q);
                case MARC_JSON -> new JsonSplitter(in, name, sourceId, q);
                case RDF -> new WholeFile(in, name, sourceId, RecordFormat.RDF);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Sniffs the format from the first bytes (after gunzipping): leader digits, {@code <}, or a JSON bracket. */
    public static RecordFormat detect(Path file) throws IOException {
        try (InputStream in = Inputs.open(file)) {
            return FormatSniffer.sniff(in, file.getFileName().toString());
        }
    }
}
