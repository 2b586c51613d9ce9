package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an InputStream with a read timeout, which java.net.http lacks: a read that waits longer than
 * the timeout for the next bytes cancels the exchange and throws {@link SocketTimeoutException}. Bytes are requested
 * from the connection a few buffer lists ahead of the reader ({@value #AHEAD}), so the connection is not left
 * waiting for each one to be read, nor is a body ever held whole.
 */
final class TimedBody implements HttpResponse.BodySubscriber<InputStream> {
    private static final List<ByteBuffer> END = new ArrayList<>(0);
    /** Buffer lists asked for ahead of the reader: enough to keep the connection busy, few enough to stay small. */
    private static final int AHEAD = 4;

    private final long timeoutMillis;
    private final String timeoutText;
    private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
    private final CompletableFuture<InputStream> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile Throwable failure;

    TimedBody(java.time.Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        this.timeoutText = HttpFetcher.human(timeout);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        body.complete(new Stream());
        s.request(AHEAD);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        failure = t;
        queue.add(END);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    private final class Stream extends InputStream {
        private Iterator<ByteBuffer> buffers;
        private ByteBuffer current;
        private boolean eof;

        private boolean fill() throws IOException {
            while (current == null || !current.hasRemaining()) {
                if (buffers != null && buffers.hasNext()) {
                    current = buffers.next();
                    continue;
                }
                if (eof) return false;
                List<ByteBuffer> next;
                try {
                    next = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    subscription.cancel();
                    throw new InterruptedIOException("interrupted while reading the response");
                }
                if (next == null) {
                    subscription.cancel();
                    throw new SocketTimeoutException("the response stopped for " + timeoutText + " (read timeout)");
                }
                if (next == END) {
                    eof = true;
                    if (failure != null) throw new IOException(failure.getMessage(), failure);
                    return false;
                }
                buffers = next.iterator();
                subscription.request(1);
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.remaining();
        }

        @Override
        public void close() {
            if (!eof) {
                eof = true;
                subscription.cancel();
            }
        }
    }
}
