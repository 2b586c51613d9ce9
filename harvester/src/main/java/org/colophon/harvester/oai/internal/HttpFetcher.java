package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.colophon.harvester.oai.HarvestException;

/**
 * GETs one OAI-PMH request, receives the body whole into a {@link Spool} (the host is held for the exchange, so
 * there is one request at a time per host) and hands it to a reader once the host is free again. Retries what is
 * worth retrying: connection failures and timeouts, HTTP 429 and 5xx (honouring Retry-After), and bodies that break
 * off or are not well-formed XML. An exchange can also be started ahead of need ({@link #prefetch}), on a thread of
 * its own, and passed to {@link #fetch} as its first attempt.
 */
public final class HttpFetcher {

    /** Reads a received body. Exceptions other than IOException and XMLStreamException are not retried. */
    public interface BodyReader<T> {
        T read(Spool body) throws IOException, XMLStreamException;
    }

    /**
     * One HTTP exchange: a body received whole, or why there is none and how long to pause before trying again.
     *
     * @param fatal the failure is not worth retrying (an HTTP status other than 429 and 5xx)
     * @param unreachable no connection could be made (refused, unknown host, connect timeout) or the server sent no
     *     response at all within the timeout
     */
    public record Exchange(Spool body, String failure, Duration pause, boolean fatal, boolean unreachable) {
        Exchange(Spool body, String failure, Duration pause, boolean fatal) {
            this(body, failure, pause, fatal, false);
        }

        void discard() {
            if (body != null) body.close();
        }
    }

    private static final ExecutorService AHEAD = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "oai-prefetch");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final HostGate gate;
    private final RetryPolicy retry;
    private final Duration requestTimeout;
    private final Duration readTimeout;
    private final Duration connectTimeout;

    public HttpFetcher(
            HttpClient client,
            HostGate gate,
            RetryPolicy retry,
            Duration requestTimeout,
            Duration readTimeout,
            Duration connectTimeout) {
        this.client = client;
        this.gate = gate;
        this.retry = retry;
        this.requestTimeout = requestTimeout;
        this.readTimeout = readTimeout;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Fetches {@code uri} and reads it.
     *
     * @param ahead the first attempt, already started by {@link #prefetch} (or null)
     * @param warn told about every failed attempt that will be retried
     * @param firstContact this is the first request to the source in this run: if the source cannot be reached at
     *     all, or sends no response, fail at once rather than retry (nothing is lost: the next run starts from the
     *     checkpoint), so that a source that is down or mistyped fails in seconds
     * @throws HarvestException once the attempts are used up, or at once for a non-retryable HTTP status
     */
    public <T> T fetch(
            URI uri,
            Map<String, String> headers,
            Duration delay,
            BodyReader<T> reader,
            Consumer<String> warn,
            CompletableFuture<Exchange> ahead,
            boolean firstContact)
            throws InterruptedException {
        String last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            Exchange x = attempt == 1 && ahead != null ? await(ahead) : exchange(uri, headers, delay, attempt);
            if (x.fatal()) throw new HarvestException(x.failure());
            if (firstContact && x.unreachable()) throw new HarvestException(x.failure());
            Duration wait = x.pause();
            if (x.body() == null) {
                last = x.failure();
            } else {
                try (Spool body = x.body()) {
                    return reader.read(body);
                } catch (IOException e) {
                    interruptedIf(e);
                    last = oneLine(e);
                } catch (XMLStreamException e) {
                    if (e.getNestedException() instanceof IOException io) last = oneLine(io);
                    else last = "malformed response: " + oneLine(e);
                }
            }
            if (attempt < retry.attempts()) {
                warn.accept("attempt " + attempt + " failed: " + last + "; retrying in " + wait.toMillis() + " ms");
                Thread.sleep(wait.toMillis());
            }
        }
        throw new HarvestException(
                retry.attempts() == 1
                        ? last + " (" + uri + ")"
                        : "gave up after " + retry.attempts() + " attempts: " + last + " (" + uri + ")");
    }

    /** Fetches and reads {@code uri} with nothing started ahead. */
    public <T> T fetch(
            URI uri, Map<String, String> headers, Duration delay, BodyReader<T> reader, Consumer<String> warn)
            throws InterruptedException {
        return fetch(uri, headers, delay, reader, warn, null, false);
    }

    /**
     * Starts the first attempt at {@code uri} now, on another thread; it waits its turn at the host like any request.
     * Pass the future to {@link #fetch}, or to {@link #abandon} when it is not wanted after all.
     */
    public CompletableFuture<Exchange> prefetch(URI uri, Map<String, String> headers, Duration delay) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return exchange(uri, headers, delay, 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new Exchange(null, "interrupted", Duration.ZERO, false);
                    }
                },
                AHEAD);
    }

    /** Lets a prefetched exchange finish on its own and throws its body away. */
    public static void abandon(CompletableFuture<Exchange> ahead) {
        ahead.thenAccept(Exchange::discard);
    }

    private static Exchange await(CompletableFuture<Exchange> ahead) throws InterruptedException {
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            abandon(ahead);
            throw e;
        } catch (ExecutionException e) {
            return new Exchange(null, oneLine((Exception) e.getCause()), Duration.ZERO, false);
        }
    }

    /** One exchange: waits for the host, sends, receives the body whole, frees the host. */
    private Exchange exchange(URI uri, Map<String, String> headers, Duration delay, int attempt)
            throws InterruptedException {
        String host = uri.getHost() + ":" + uri.getPort();
        Duration hold = Duration.ZERO;
        Duration wait = retry.backoffAfter(attempt);
        gate.acquire(host, delay);
        try {
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(requestTimeout)
                    .header("Accept", "text/xml, application/xml")
                    .header("User-Agent", "Colophon-harvester/0.1 (OAI-PMH 2.0)");
            headers.forEach(rb::header);
            HttpResponse<InputStream> resp = client.send(rb.build(), info -> new TimedBody(readTimeout));
            int status = resp.statusCode();
            if (status == 200) {
                try (InputStream body = resp.body()) {
                    return new Exchange(Spool.receive(body), null, wait, false);
                }
            }
            discard(resp.body());
            if (status != 429 && status < 500) {
                return new Exchange(null, "HTTP " + status + " from " + uri, wait, true);
            }
            String failure = "HTTP " + status;
            Duration after =
                    RetryAfter.parse(resp.headers().firstValue("Retry-After").orElse(null), Instant.now());
            if (after != null) {
                wait = after.compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : after;
                hold = wait;
                failure += " (Retry-After " + wait.toSeconds() + " s)";
            }
            return new Exchange(null, failure, wait, false);
        } catch (IOException e) {
            interruptedIf(e);
            return failed(e, uri, wait);
        } finally {
            gate.release(host, hold);
        }
    }

    /** A failed exchange, said plainly: what happened at which host, not the exception's class. */
    private Exchange failed(IOException e, URI uri, Duration wait) {
        String at = uri.getHost() + ":" + port(uri);
        String base =
                uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (e instanceof HttpConnectTimeoutException) {
            return new Exchange(
                    null,
                    "cannot reach " + base + ": no connection within " + human(connectTimeout),
                    wait,
                    false,
                    true);
        }
        if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
            return new Exchange(
                    null, "cannot reach " + base + ": unknown host '" + uri.getHost() + "'", wait, false, true);
        }
        if (e instanceof ConnectException || causedBy(e, ConnectException.class)) {
            return new Exchange(
                    null,
                    "cannot reach " + base + ": " + at + " refused the connection (no server is listening there)",
                    wait,
                    false,
                    true);
        }
        if (e instanceof HttpTimeoutException) {
            return new Exchange(
                    null,
                    base + " accepted the connection but sent no response within " + human(requestTimeout),
                    wait,
                    false,
                    true);
        }
        String m = oneLine(e);
        if (m.contains("EOF reached") || m.contains("received no bytes") || m.contains("Connection reset")) {
            return new Exchange(null, at + " closed the connection without a whole response", wait, false);
        }
        return new Exchange(null, m, wait, false);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    /** {@code 2 s}, {@code 500 ms}, {@code 2 min}. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0 && ms >= 120_000) return ms / 60_000 + " min";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return ms + " ms";
    }

    private static void interruptedIf(IOException e) throws InterruptedException {
        if (e instanceof java.io.InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)) {
            throw new InterruptedException(e.getMessage());
        }
    }

    private static void discard(InputStream in) {
        try (in) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // an error body we do not need
        }
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
