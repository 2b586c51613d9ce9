package org.colophon.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The colophon command as a real process, for tests: a JVM of its own on the test class path, output to a log. */
public final class CliProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private CliProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code colophon ARGS} with the given JVM options, both output streams to {@code log}. */
    public static CliProcess start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new CliProcess(p, log);
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    /** What the process printed so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * Asks {@code base + "health"} until it answers 200 or the time is up; returns the last answer, or null when
     * none came.
     */
    public static HttpResponse<String> awaitHealth(HttpClient http, String base, long seconds)
            throws InterruptedException {
        HttpResponse<String> health = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && (health == null || health.statusCode() != 200)) {
            try {
                health = http.send(
                        HttpRequest.newBuilder(URI.create(base + "health")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        return health;
    }

    /** Stops the process the way Ctrl-C does, and by force if it does not stop in 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
