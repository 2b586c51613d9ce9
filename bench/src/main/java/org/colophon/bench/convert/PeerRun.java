package org.colophon.bench.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs LoC's marc2bibframe2 (XSLT, with xsltproc) on the same MARCXML, to put our figures beside the reference
 * converter's in one run. Needs xsltproc on the PATH and a marc2bibframe2 checkout's {@code xsl/marc2bibframe2.xsl}.
 */
final class PeerRun {
    record Result(long records, double wall, double cpu) {
        double recordsPerSecond() {
            return records / wall;
        }

        double recordsPerCpuSecond() {
            return records / cpu;
        }
    }

    static Result run(Path xsl, Path marcxml, long records) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(
                "bash",
                "-c",
                "TIMEFORMAT='%R %U %S'; time xsltproc --stringparam baseuri http://example.org/ \"$0\" \"$1\" > /dev/null",
                xsl.toString(),
                marcxml.toString()));
        pb.redirectErrorStream(false);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        List<String> lines = err.strip().lines().toList();
        String[] t = lines.isEmpty()
                ? new String[0]
                : lines.get(lines.size() - 1).strip().split("\\s+");
        if (code != 0 || t.length != 3) throw new IOException("marc2bibframe2 (xsltproc) failed: " + err.strip());
        double wall = Double.parseDouble(t[0]);
        double cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
        return new Result(records, wall, cpu);
    }
}
