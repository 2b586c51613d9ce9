package org.colophon.bench.relink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.BenchRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon-bench relink} at a small size: 300 waiting headings in 60 records, then 40 authorities made from the
 * real concerto authorities; the report gives the authorities imported and the records the linker relinked, and a
 * {@code --find-only} run over the same seeded store finds as many records as the full run relinked.
 */
class RelinkCommandTest {
    @TempDir
    Path tmp;

    @Test
    void authoritiesArriveAndTheRecordsTheyConcernAreRelinked() throws Exception {
        Path report = tmp.resolve("report.md");
        String[] common = {
            "--records",
            "60",
            "--headings",
            "300",
            "--authorities",
            "40",
            "--vocabulary",
            "20",
            "--work",
            tmp.resolve("work").toString(),
            "--report",
            report.toString()
        };
        BenchRun full = BenchRun.of(concat("relink", common));
        assertEquals(0, full.code(), full.out() + "\n" + full.err());
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(md.contains("| authorities imported, relinking included | 40 in "), md);
        Matcher relinked = Pattern.compile("\\| records relinked, headings linked in them \\| ([0-9,]+), ([0-9,]+) \\|")
                .matcher(md);
        assertTrue(relinked.find(), md);
        long records = Long.parseLong(relinked.group(1).replace(",", ""));
        assertTrue(records > 0 && records <= 60, md);

        BenchRun find = BenchRun.of(concat("relink", concat("--find-only", common)));
        assertEquals(0, find.code(), find.out() + "\n" + find.err());
        assertTrue(find.out().contains("reusing the waiting headings"), find.out());
        String md2 = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(
                md2.contains("| records found concerned (--find-only: not relinked) | " + records + " |"),
                records + " relinked in the full run\n" + md2);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
