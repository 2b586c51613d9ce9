package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code colophon} command ({@code java -Xmx… -jar colophon.jar …}) as a process of its own, the way users run
 * it, timed from process start to exit (JVM start and a cold JIT included), with its CPU time (through bash's
 * {@code time}) and its heap (through its GC log).
 */
public final class ColophonRun {
    /** What one run did. */
    public record Result(int exitCode, double seconds, double cpuSeconds, GcLog heap, String output) {}

    private static final long TIMEOUT_HOURS = 6;

    private ColophonRun() {}

    /**
     * Runs {@code colophon args…} in {@code dir}; its output (both streams) goes to {@code name.log}, its GC log to
     * {@code name-gc.log}.
     */
    public static Result run(Path jar, String heap, List<String> args, Path dir, String name)
            throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        // relative to the process's working directory (dir): a path with a ':' would end -Xlog's file name
        Path gc = Path.of(name + "-gc.log");
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "TIMEFORMAT='TIMES %R %U %S'; time \"$@\"", "bash"));
        cmd.add(ChildJvm.java());
        cmd.add("-Xmx" + heap);
        cmd.addAll(GcLog.options(gc));
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(args);
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("LC_NUMERIC", "C"); // bash's time prints 1.5, not 1,5
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();

        if (!p.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException(
                    "colophon " + args.get(0) + " did not finish in " + TIMEOUT_HOURS + " hours; see " + log);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        double cpu = Double.NaN;
        for (String line : out.split("\n")) {
            if (!line.startsWith("TIMES ")) continue;
            String[] f = line.trim().split("\\s+");
            cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
        }
        return new Result(p.exitValue(), seconds, cpu, GcLog.read(dir.resolve(gc)), out);
    }
}
