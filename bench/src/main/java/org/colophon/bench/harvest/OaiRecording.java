package org.colophon.bench.harvest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;

/**
 * An OAI-PMH ListRecords list, recorded to files for {@link ReplayProvider} to replay: the records of a MARCXML file,
 * each as the file reader splits it out (so {@code colophon harvest} receives the very record bytes {@code colophon
 * import} reads from the file), in pages of a fixed size, one file per page ({@code page-1.xml} …), chained by
 * resumption tokens (the next page's number). Record {@code i}'s identifier is {@code oai:colophon.bench:bench<i>},
 * the input's control numbers being {@code bench<i>}.
 */
final class OaiRecording {
    static final String DATESTAMP = "2024-01-01T00:00:00Z";
    static final String IDENTIFIER_PREFIX = "oai:colophon.bench:";

    /** What was recorded: the directory of page files, how many pages, how many records. */
    record Pages(Path dir, int pages, long records) {
        Path page(int n) {
            return dir.resolve("page-" + n + ".xml");
        }
    }

    private OaiRecording() {}

    /** Records every record of {@code marcxml} into page files under {@code dir}. */
    static Pages record(Path marcxml, Path dir, int pageSize) throws IOException {
        if (pageSize < 1) throw new IllegalArgumentException("page size " + pageSize);
        Files.createDirectories(dir);
        long total = count(marcxml);
        if (total == 0) throw new IOException("no records in " + marcxml);
        String responseDate = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        int page = 0;
        long i = 0;
        OutputStream out = null;
        try (RecordSource src = FileRecordReader.open(marcxml, "bench", null, Quarantine.counting())) {
            while (src.hasNext()) {
                if (i % pageSize == 0) {
                    page++;
                    out = new BufferedOutputStream(
                            Files.newOutputStream(dir.resolve("page-" + page + ".xml")), 1 << 16);
                    write(out, head(responseDate));
                }
                write(
                        out,
                        "<record><header><identifier>" + IDENTIFIER_PREFIX + "bench" + i + "</identifier><datestamp>"
                                + DATESTAMP + "</datestamp></header><metadata>");
                out.write(withoutDeclaration(src.next().raw()));
                write(out, "</metadata></record>\n");
                i++;
                if (i % pageSize == 0 || i == total) {
                    write(
                            out,
                            tail(i < total ? Integer.toString(page + 1) : null, total, (long) (page - 1) * pageSize));
                    out.close();
                    out = null;
                }
            }
        } finally {
            if (out != null) out.close();
        }
        if (i != total)
            throw new IOException("read " + i + " records from " + marcxml + " the second time, not " + total);
        return new Pages(dir, page, total);
    }

    private static long count(Path marcxml) throws IOException {
        long n = 0;
        try (RecordSource src = FileRecordReader.open(marcxml, "bench", null, Quarantine.counting())) {
            while (src.hasNext()) {
                src.next();
                n++;
            }
        }
        return n;
    }

    private static String head(String responseDate) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n"
                + "<responseDate>" + responseDate + "</responseDate>\n"
                + "<request verb=\"ListRecords\" metadataPrefix=\"marc21\">http://127.0.0.1/oai</request>\n"
                + "<ListRecords>\n";
    }

    private static String tail(String token, long total, long cursor) {
        String attrs = " completeListSize=\"" + total + "\" cursor=\"" + cursor + "\"";
        return (token != null
                        ? "<resumptionToken" + attrs + ">" + token + "</resumptionToken>\n"
                        : "<resumptionToken" + attrs + "/>\n")
                + "</ListRecords>\n</OAI-PMH>\n";
    }

    /** A record as the splitter gives it, without an XML declaration should it carry one. */
    static byte[] withoutDeclaration(byte[] raw) {
        String start = new String(raw, 0, Math.min(raw.length, 5), StandardCharsets.US_ASCII);
        if (!start.equals("<?xml")) return raw;
        int end = new String(raw, StandardCharsets.UTF_8).indexOf("?>");
        String rest = new String(raw, StandardCharsets.UTF_8).substring(end + 2).stripLeading();
        return rest.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
