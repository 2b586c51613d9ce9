package org.colophon.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts {@link LoadClient} in a second JVM on this one's class path and reads its one line of figures. */
final class LoadRun {
    /** What the second process reported. */
    record Figures(int clients, long requests, long errors, double seconds) {
        double requestsPerSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format(
                    "%d clients in a second process for %.1f s: %,d requests, %,.1f requests/s, %d errors",
                    clients, seconds, requests, requestsPerSecond(), errors);
        }
    }

    private static final Pattern LINE = Pattern.compile("requests=(\\d+) errors=(\\d+) seconds=([0-9.]+)");

    private LoadRun() {}

    static Figures run(String root, Path requestsFile, int clients, double seconds, Path dir)
            throws IOException, InterruptedException {
        String text = child(
                LoadClient.class,
                List.of(root, requestsFile.toString(), Integer.toString(clients), Double.toString(seconds)),
                dir.resolve("load-client.out"),
                (long) seconds + 120);
        Matcher m = LINE.matcher(text);
        if (!m.find()) throw new IOException("the load client printed no figures: " + text.strip());
        return new Figures(
                clients, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Double.parseDouble(m.group(3)));
    }

    /** {@code java -Xmx{heap} -cp {this JVM's class path} {main}}, to add arguments to. */
    static List<String> javaCommand(String heap, String main) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new java.util.ArrayList<>(
                List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main));
    }

    /**
     * Runs a main class of ours in a fresh JVM ({@code -Xmx256m}, this JVM's class path), waits for it and returns
     * what it printed; fails when it runs too long or exits with another code than 0.
     */
    static String child(Class<?> main, List<String> args, Path out, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> cmd = javaCommand("256m", main.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(main.getSimpleName() + " did not stop in time; its output: " + out);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0)
            throw new IOException(main.getSimpleName() + " failed (exit " + p.exitValue() + "): " + text.strip());
        return text;
    }
}
