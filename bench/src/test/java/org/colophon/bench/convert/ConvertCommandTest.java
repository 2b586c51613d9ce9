package org.colophon.bench.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.bench.BenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench convert} at a small size on Beijing Normal University's records: every stage runs, and the
 * floor (parse + write of the seeds' triples) and the full conversion write the same number of triples, so the ratio
 * between them is about mapping alone.
 */
class ConvertCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everyStageRunsAndTheFloorWritesTheSameTriplesAsTheFullConversion() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("benchmarks.md");
        BenchRun run = BenchRun.of(
                "convert",
                "--records",
                "400",
                "--seeds",
                seeds.toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        for (String format : List.of("ISO 2709", "MARCXML")) {
            long floor = -1;
            List<Long> full = new ArrayList<>();
            for (String line : md.split("\n")) {
                String[] c = line.split("\\|");
                if (c.length < 7 || !c[2].trim().equals(format) || !c[4].trim().equals("400")) continue;
                long triples = Long.parseLong(c[5].trim().replace(",", ""));
                String stage = c[1].trim();
                if (stage.equals("parse + write")) floor = records(c) == 400 ? triples : -1;
                if (stage.equals("parse + map + write")) full.add(triples);
            }
            assertTrue(floor > 400 * 10, format + " floor row missing:\n" + md);
            assertEquals(2, full.size(), format + ": one and two threads\n" + md);
            for (long t : full) assertEquals(floor, t, format + ": the same triples in floor and conversion\n" + md);
        }
        assertTrue(md.contains("`colophon convert --to ntriples`'s own path"), md);
    }

    @Test
    void baselineOnlyGivesTheTwoRuleSetsFullConversionsAndNothingElse() throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        // the baseline: the current MARC 21 rule files themselves, so both rule sets must give the same triples
        Path rules = Path.of("../transform/src/main/resources/org/colophon/transform/rules/marc21");
        Path baseline = Files.createDirectories(tmp.resolve("baseline"));
        try (var files = Files.list(rules)) {
            for (Path f : files.toList()) Files.copy(f, baseline.resolve(f.getFileName()));
        }
        Path report = tmp.resolve("benchmarks.md");
        BenchRun run = BenchRun.of(
                "convert",
                "--records",
                "300",
                "--seeds",
                seeds.toString(),
                "--baseline-rules",
                baseline.toString(),
                "--baseline-only",
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        List<String> stages = new ArrayList<>();
        for (String format : List.of("ISO 2709", "MARCXML")) {
            List<Long> triples = new ArrayList<>();
            for (String line : md.split("\n")) {
                String[] c = line.split("\\|");
                if (c.length < 7 || !c[4].trim().equals("300")) continue;
                stages.add(c[1].trim() + " / " + c[2].trim() + " / " + c[3].trim());
                if (c[2].trim().equals(format))
                    triples.add(Long.parseLong(c[5].trim().replace(",", "")));
            }
            assertEquals(2, triples.size(), format + ": current and baseline rules\n" + md);
            assertEquals(triples.get(0), triples.get(1), format + ": the same rules give the same triples\n" + md);
        }
        assertEquals(
                List.of(
                        "parse + map + write / ISO 2709 / 1",
                        "parse + map + write, baseline rules / ISO 2709 / 1",
                        "parse + map + write / MARCXML / 1",
                        "parse + map + write, baseline rules / MARCXML / 1"),
                stages.stream().distinct().toList(),
                md);
        BenchRun without = BenchRun.of("convert", "--records", "300", "--baseline-only", "--report", "-");
        assertEquals(2, without.code(), "--baseline-only without --baseline-rules is a usage error: " + without.err());
    }

    private static long records(String[] cells) {
        return Long.parseLong(cells[4].trim().replace(",", ""));
    }
}
