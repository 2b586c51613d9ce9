package org.colophon.transform.marc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/** Reads a whole file through the file reader and the decoder, counting what comes out. */
public final class CorpusFiles {
    private CorpusFiles() {}

    /** What one file gave: decoded records, records the decoder rejected, stretches the reader quarantined. */
    record Result(List<MarcRecord> records, List<String> rejected, Quarantine quarantine) {
        int good() {
            return records.size();
        }
    }

    static Result read(Path file) throws IOException {
        return read(file, null);
    }

    static Result read(Path file, RecordFormat format) throws IOException {
        Quarantine q = Quarantine.counting();
        List<MarcRecord> out = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(file, "test", format, q)) {
            while (src.hasNext()) {
                SourceRecord r = src.next();
                try {
                    out.add(MarcDecoder.decode(r));
                } catch (MarcDecodeException e) {
                    rejected.add(e.getMessage());
                }
            }
        }
        return new Result(out, rejected, q);
    }

    /** How to point the corpus-wide tests at the corpus; the message of their skip when it is not found. */
    public static final String NOT_FOUND =
            "shared corpus not found: set -Dcolophon.corpus=DIR or COLOPHON_CORPUS=DIR, or keep"
                    + " a checkout of shared/corpus beside the repository; skipping the corpus-wide tests";

    /**
     * The shared corpus folder: -Dcolophon.corpus, else the environment variable COLOPHON_CORPUS, else a
     * {@code shared/corpus} folder found walking up from the working directory (a sibling checkout); null when none
     * is there, and then the corpus-wide tests skip with {@link #NOT_FOUND}. Never a fixed path of some machine.
     */
    public static Path sharedCorpus() {
        for (String configured :
                new String[] {System.getProperty("colophon.corpus"), System.getenv("COLOPHON_CORPUS")}) {
            if (configured != null && !configured.isBlank()) {
                Path p = Path.of(configured);
                return Files.isDirectory(p) ? p : null;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared/corpus");
            if (Files.isDirectory(c)) return c;
        }
        return null;
    }
}
