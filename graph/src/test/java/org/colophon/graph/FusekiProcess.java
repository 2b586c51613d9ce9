package org.colophon.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A second, real Fuseki ({@link FusekiChild}) in a JVM of its own on a free loopback port, for tests of the remote
 * store. {@link #close()} ends it: standard input closed, then killed if it has not gone within 10 s.
 */
public final class FusekiProcess implements AutoCloseable {

    /** The dataset's name in the configuration. */
    public static final String DATASET = "colophon";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final String authorization;

    private FusekiProcess(Process process, int port, String authorization) {
        this.process = process;
        this.port = port;
        this.authorization = authorization;
    }

    /**
     * Starts Fuseki with its TDB2 database in {@code dir} (max heap: the system property {@code
     * colophon.fuseki.heap}, default 256m); queries it runs stop after {@code queryTimeoutMillis};
     * with {@code authorization} non-null, writes must carry that {@code Authorization} header.
     */
    public static FusekiProcess start(Path dir, long queryTimeoutMillis, String authorization) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + System.getProperty("colophon.fuseki.heap", "256m"),
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FusekiChild.class.getName(),
                        dir.toString(),
                        Long.toString(queryTimeoutMillis))
                .redirectErrorStream(true);
        if (authorization != null) {
            pb.command().add(authorization);
        }
        Process p = pb.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Deque<String> lines = new ArrayDeque<>();
        Thread reader = new Thread(() -> read(p, port, lines), "fuseki-child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new FusekiProcess(p, port.get(60, TimeUnit.SECONDS), authorization);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            p.destroyForcibly();
            throw new IOException("Fuseki did not start within 60 s; its output: " + lines, e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Fuseki started", e);
        }
    }

    private static void read(Process p, CompletableFuture<Integer> port, Deque<String> lines) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("fuseki-port ")) {
                    port.complete(Integer.parseInt(line.substring(12).trim()));
                } else {
                    synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > 50) {
                            lines.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        port.completeExceptionally(new IOException("Fuseki ended before it was listening"));
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/colophon}. */
    public URI datasetUrl() {
        return URI.create("http://127.0.0.1:" + port + "/" + DATASET);
    }

    /** Removes everything from the dataset (one {@code DROP ALL}), with the write credentials. */
    public void clear() throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException("DROP ALL: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Fuseki on port " + port + " (pid " + process.pid() + ")";
    }
}
