package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a JVM we did not write, read from its GC log ({@code -Xlog:gc:file=…}): every collection's line gives
 * the heap in use before and after it ({@code [1.234s][info][gc] GC(7) Pause Young … 51M->10M(256M) 3.4ms}). The
 * largest "before" is the peak heap (the heap is fullest just before a collection), the "after" values are what the
 * run keeps live; comparing them in the first and second half of the run says whether memory stays flat.
 */
public record GcLog(
        int collections, double peakMb, double maxLiveMb, double maxLiveFirstHalfMb, double maxLiveSecondHalfMb) {
    private static final Pattern LINE = Pattern.compile(
            "^\\[([0-9.]+)s].*\\bGC\\(\\d+\\) Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** JVM options that write the log this reads. */
    public static List<String> options(Path file) {
        return List.of("-Xlog:gc:file=" + file + ":uptime");
    }

    public static GcLog read(Path file) throws IOException {
        if (!Files.exists(file)) return new GcLog(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        List<double[]> pauses = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) continue;
            pauses.add(
                    new double[] {Double.parseDouble(m.group(1)), mb(m.group(2), m.group(3)), mb(m.group(4), m.group(5))
                    });
        }
        if (pauses.isEmpty()) return new GcLog(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double end = pauses.get(pauses.size() - 1)[0];
        double peak = 0;
        double live = 0;
        double first = 0;
        double second = 0;
        for (double[] p : pauses) {
            peak = Math.max(peak, p[1]);
            live = Math.max(live, p[2]);
            if (p[0] <= end / 2) first = Math.max(first, p[2]);
            else second = Math.max(second, p[2]);
        }
        return new GcLog(pauses.size(), peak, live, first, second);
    }

    private static double mb(String n, String unit) {
        double v = Double.parseDouble(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }
}
