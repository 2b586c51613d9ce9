package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.colophon.harvester.oai.HarvestException;

/**
 * GETs one OAI-PMH request and hands the body, as a stream, to a reader; retries what is worth retrying: connection
 * failures and timeouts, HTTP 429 and 5xx (honouring Retry-After), and bodies that break off or are not well-formed
 * XML. The host is held for the whole exchange, body included, so there is one request at a time per host.
 */
public final class HttpFetcher {

    /** Reads a response body. Exceptions other than IOException and XMLStreamException are not retried. */
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException, XMLStreamException;
    }

    private final HttpClient client;
    private final HostGate gate;
    private final RetryPolicy retry;
    private final Duration requestTimeout;
    private final Duration readTimeout;

    public HttpFetcher(
            HttpClient client, HostGate gate, RetryPolicy retry, Duration requestTimeout, Duration readTimeout) {
        this.client = client;
        this.gate = gate;
        this.retry = retry;
        this.requestTimeout = requestTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * Fetches {@code uri} and reads it.
     *
     * @param warn told about every failed attempt that will be retried
     * @throws HarvestException once the attempts are used up, or at once for a non-retryable HTTP status
     */
    public <T> T fetch(
            URI uri, Map<String, String> headers, Duration delay, BodyReader<T> reader, Consumer<String> warn)
            throws InterruptedException {
        String host = uri.getHost() + ":" + uri.getPort();
        String last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
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
                HttpResponse<InputStream> resp = client.send(rb.build(), info -> new TimedBody(readTimeout.toMillis()));
                int status = resp.statusCode();
                if (status == 200) {
                    try (InputStream body = resp.body()) {
                        return reader.read(body);
                    } catch (IOException e) {
                        interruptedIf(e);
                        last = oneLine(e);
                    } catch (XMLStreamException e) {
                        if (e.getNestedException() instanceof IOException io) last = oneLine(io);
                        else last = "malformed response: " + oneLine(e);
                    }
                } else {
                    discard(resp.body());
                    if (status != 429 && status < 500) {
                        throw new HarvestException("HTTP " + status + " from " + uri);
                    }
                    last = "HTTP " + status;
                    Duration after = RetryAfter.parse(
                            resp.headers().firstValue("Retry-After").orElse(null), Instant.now());
                    if (after != null) {
                        wait = after.compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : after;
                        hold = wait;
                        last += " (Retry-After " + wait.toSeconds() + " s)";
                    }
                }
            } catch (IOException e) {
                interruptedIf(e);
                last = oneLine(e);
            } finally {
                gate.release(host, hold);
            }
            if (attempt < retry.attempts()) {
                warn.accept("attempt " + attempt + " failed: " + last + "; retrying in " + wait.toMillis() + " ms");
                Thread.sleep(wait.toMillis());
            }
        }
        throw new HarvestException("gave up after " + retry.attempts() + " attempts: " + last + " (" + uri + ")");
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
