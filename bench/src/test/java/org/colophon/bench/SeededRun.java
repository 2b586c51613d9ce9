package org.colophon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark run at a small size the way the end-to-end commands' tests run it: Beijing Normal University's records
 * (a test resource) as seeds, the real {@code colophon.jar}, a work directory and a report in {@code tmp}. The run must
 * succeed; the report is read back.
 */
public record SeededRun(BenchRun run, String report) {

    public static SeededRun of(Path tmp, String command, String... options) throws Exception {
        Path seeds = tmp.resolve("bnu.xml");
        Files.copy(Path.of(SeededRun.class.getResource("/bnu-chinese-sru.xml").toURI()), seeds);
        Path report = tmp.resolve("report.md");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(options));
        args.addAll(List.of(
                "--seeds",
                seeds.toString(),
                "--cli",
                Home.colophonJar().toString(),
                "--work",
                tmp.resolve("work").toString(),
                "--report",
                report.toString()));
        BenchRun run = BenchRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        return new SeededRun(run, Files.readString(report, StandardCharsets.UTF_8));
    }

    /** The triples of the report's row {@code | label | records | triples |}; fails when it is missing. */
    public long triples(String label, String records) {
        Matcher m = Pattern.compile(
                        "\\| " + Pattern.quote(label) + " \\| " + Pattern.quote(records) + " \\| ([0-9,]+) \\|")
                .matcher(report);
        assertTrue(m.find(), label + " row missing or not " + records + " records:\n" + report);
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
