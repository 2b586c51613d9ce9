package org.colophon.bench.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code colophon serve} in a JVM of its own, on this one's class path, over a data directory: the server as it is
 * deployed, so the latency measured is the server's and not the benchmark's (whose heap is full of two loads' garbage).
 */
public final class ServeProcess implements AutoCloseable {
    /** {@code colophon}'s main class, on this JVM's class path (the bench module depends on the cli at run time). */
    private static final String COLOPHON_MAIN = "org.colophon.cli.Main";

    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");

    private final Process process;
    private final String url;
    private final String heap;

    private ServeProcess(Process process, String url, String heap) {
        this.process = process;
        this.url = url;
        this.heap = heap;
    }

    /** Starts the server on a free port and waits until it says where it listens. */
    public static ServeProcess start(Path data, String base, String heap, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = LoadRun.javaCommand(heap, COLOPHON_MAIN);
        cmd.addAll(List.of("serve", "--data", data.toString(), "--base", base, "--port", "0"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                            var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            Matcher m = SERVING.matcher(line);
                            if (m.find()) url.complete(m.group(1));
                            out.write(line);
                            out.newLine();
                            out.flush();
                        }
                    } catch (IOException e) {
                        url.completeExceptionally(e);
                    }
                    url.completeExceptionally(new IOException("the server exited before serving; see " + log));
                },
                "serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // a server that reads 100,000 authorities into memory first needs well over a minute on a busy machine
            return new ServeProcess(p, url.get(300, TimeUnit.SECONDS), heap);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("colophon serve did not start: " + e.getMessage() + " (output: " + log + ")", e);
        }
    }

    /** {@code http://localhost:PORT/} */
    public String url() {
        return url;
    }

    public String heap() {
        return heap;
    }

    /** The server's process id, for tools that look inside it ({@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    /** Stops the server the way Ctrl-C does and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
