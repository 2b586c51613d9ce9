package org.colophon.transform.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the shared corpus (skipped when the corpus is not there): no file may throw, and every ISO
 * 2709 file must give at least as many good records as yaz-marcdump counted (SOURCES.md, "yaz N rec").
 */
class SharedCorpusTest {

    @Test
    void everyIso2709FileGivesAtLeastTheRecordsYazReads() throws IOException {
        Path corpus = CorpusFiles.sharedCorpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("marc21")), CorpusFiles.NOT_FOUND);
        Path marc21 = corpus.resolve("marc21");
        Map<String, Integer> yaz = yazCounts(marc21.resolve("SOURCES.md"));
        assertTrue(yaz.size() > 100, "yaz counts parsed from SOURCES.md: " + yaz.size());
        List<String> short_ = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, Integer> e : yaz.entrySet()) {
            Path f = marc21.resolve(e.getKey());
            if (!Files.exists(f)) continue;
            int ours =
                    CorpusFiles.read(f, org.colophon.record.RecordFormat.MARC21).good();
            table.append(e.getKey())
                    .append('\t')
                    .append(e.getValue())
                    .append('\t')
                    .append(ours)
                    .append('\n');
            if (ours < e.getValue()) short_.add(e.getKey() + " yaz " + e.getValue() + " ours " + ours);
        }
        System.out.print(table);
        assertTrue(short_.isEmpty(), "fewer records than yaz: " + short_);
        assertEquals(
                100,
                CorpusFiles.read(marc21.resolve("catmandu-marc/bu_bibs.mrc")).good());
    }

    @Test
    void noCorpusFileMakesTheReaderThrow() throws IOException {
        Path corpus = CorpusFiles.sharedCorpus();
        assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("marc21")), CorpusFiles.NOT_FOUND);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus.resolve("marc21"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder report = new StringBuilder();
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (n.equals("SOURCES.md") || n.startsWith("LICENSE") || n.equals("README")) continue;
            CorpusFiles.Result r;
            try {
                r = CorpusFiles.read(f);
            } catch (IOException e) {
                // only "this is not a record file at all" may be refused, never a crash
                assertTrue(
                        e.getMessage().contains("not ISO 2709, XML or JSON")
                                || e.getMessage().contains("empty"),
                        f + ": " + e);
                report.append(corpus.relativize(f)).append("\tnot a record file\n");
                continue;
            }
            report.append(corpus.relativize(f))
                    .append('\t')
                    .append(r.good())
                    .append('\t')
                    .append(r.rejected().size())
                    .append('\t')
                    .append(r.quarantine().count())
                    .append('\n');
        }
        System.out.print(report);
    }

    /** "`path` | … ISO2709: yaz N rec" rows of SOURCES.md. */
    static Map<String, Integer> yazCounts(Path sources) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sources)) {
            if (!line.startsWith("| `")) continue;
            int i = line.indexOf("ISO2709: yaz ");
            if (i < 0) continue;
            int from = i + "ISO2709: yaz ".length();
            int to = from;
            while (to < line.length() && Character.isDigit(line.charAt(to))) to++;
            if (to == from) continue;
            out.put(line.substring(3, line.indexOf('`', 3)), Integer.parseInt(line.substring(from, to)));
        }
        return out;
    }
}
