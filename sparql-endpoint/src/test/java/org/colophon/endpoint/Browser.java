package org.colophon.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium driven over the DevTools protocol (a WebSocket, no driver library): navigate, run
 * JavaScript in the page, type as a keyboard would, wait for the page to change. For tests of what scripts do.
 */
final class Browser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

    private final Path profile;

    /** Starts Chromium with a fresh profile of its own (removed at close, once every Chromium process has ended). */
    Browser(Path chromium) throws Exception {
        profile = java.nio.file.Files.createTempDirectory("colophon-chromium");
        process = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--remote-debugging-port=0",
                        "--remote-allow-origins=*",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = null;
        BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 60_000;
        for (String line;
                browserUrl == null && System.currentTimeMillis() < deadline && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) browserUrl = m.group(1);
        }
        if (browserUrl == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
                // the browser went away
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI ws = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(
                        HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority() + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String pageUrl = null;
        for (JsonNode t : JSON.readTree(list))
            if (t.path("type").asText().equals("page"))
                pageUrl = t.get("webSocketDebuggerUrl").asText();
        if (pageUrl == null) throw new IllegalStateException("no page in Chromium: " + list);
        socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(pageUrl), new Listener())
                .get(30, TimeUnit.SECONDS);
        send("Page.enable", JSON.createObjectNode());
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> f =
                            message.has("id") ? waiting.remove(message.get("id").asInt()) : null;
                    if (f != null) f.complete(message);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** One protocol command; its {@code result}, or an exception carrying the protocol's error. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode r = answer.get(60, TimeUnit.SECONDS);
        if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
        return r.get("result");
    }

    void open(String url) throws Exception {
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        await(
                "document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url),
                v -> v.asBoolean());
    }

    /** Runs JavaScript in the page; its value (as JSON). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send(
                "Runtime.evaluate",
                JSON.createObjectNode()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Types text into the focused element, as a keyboard's input would (input events fire). */
    void type(String text) throws Exception {
        send("Input.insertText", JSON.createObjectNode().put("text", text));
    }

    /** Evaluates {@code expression} until {@code done} holds for its value (at most 20 s); returns that value. */
    JsonNode await(String expression, Predicate<JsonNode> done) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode v = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                v = eval(expression);
                if (done.test(v)) return v;
            } catch (IllegalStateException navigating) {
                // the page is being replaced; ask again
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + expression + " (last: " + v + ")");
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            java.util.List<ProcessHandle> all =
                    new java.util.ArrayList<>(process.descendants().toList());
            all.add(process.toHandle());
            all.forEach(ProcessHandle::destroy);
            try {
                for (ProcessHandle h : all) h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                all.forEach(ProcessHandle::destroyForcibly);
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            }
            try (var files = java.nio.file.Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
