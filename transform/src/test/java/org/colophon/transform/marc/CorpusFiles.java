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
final class CorpusFiles {
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

    /** The shared corpus folder, from -Dcolophon.corpus or found above the module directory; null when absent. */
    static Path sharedCorpus() {
        String prop = System.getProperty("colophon.corpus");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path c = dir.resolve("shared/corpus");
            if (Files.isDirectory(c)) return c;
        }
        Path fixed = Path.of("/work/shared/corpus");
        return Files.isDirectory(fixed) ? fixed : null;
    }
}
