package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Java main class or jar in a child JVM, waits for it and returns what it printed (both streams). */
public final class ChildJvm {
    private ChildJvm() {}

    /**
     * {@code [pin…] java -Xmx… <args>}; fails with the child's output when it exits with another code than 0.
     *
     * @param pin a command that runs the JVM on chosen cores ({@code taskset -c 1}), or empty
     */
    public static String run(List<String> pin, String maxHeap, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(pin);
        cmd.add(java());
        cmd.add("-Xmx" + maxHeap);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("child JVM did not finish in 30 minutes: " + cmd);
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) throw new IOException("child JVM failed (exit " + p.exitValue() + "):\n" + out);
        return out;
    }

    /** This JVM's java launcher. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this JVM, for a child running one of our main classes. */
    public static String classPath() {
        return System.getProperty("java.class.path");
    }
}
