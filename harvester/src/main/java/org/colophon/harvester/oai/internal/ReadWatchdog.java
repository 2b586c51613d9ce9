package org.colophon.harvester.oai.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A read timeout for response bodies, which java.net.http lacks: when no byte arrives for the timeout, the reading
 * thread is interrupted, which makes the blocked read fail with an IOException (and the request is retried).
 */
final class ReadWatchdog {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "oai-read-watchdog");
        t.setDaemon(true);
        return t;
    });

    private ReadWatchdog() {}

    /** A body stream that interrupts the current thread after {@code timeout} without data; close it when done. */
    static Guarded guard(InputStream in, Duration timeout) {
        return new Guarded(in, timeout.toMillis(), Thread.currentThread());
    }

    static final class Guarded extends FilterInputStream {
        private final long timeout;
        private final Thread reader;
        private final ScheduledFuture<?> check;
        private volatile long last = System.currentTimeMillis();
        private volatile boolean fired;
        private volatile boolean done;

        Guarded(InputStream in, long timeout, Thread reader) {
            super(in);
            this.timeout = timeout;
            this.reader = reader;
            long period = Math.max(50, timeout / 4);
            this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
        }

        private synchronized void check() {
            if (!done && !fired && System.currentTimeMillis() - last > timeout) {
                fired = true;
                reader.interrupt();
            }
        }

        @Override
        public int read() throws IOException {
            int b = timed(super.read());
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return timed(super.read(b, off, len));
        }

        private int timed(int n) throws IOException {
            if (fired) throw new IOException("no data for " + timeout + " ms (read timeout)");
            last = System.currentTimeMillis();
            return n;
        }

        /** True when the timeout fired. */
        boolean fired() {
            return fired;
        }

        @Override
        public void close() throws IOException {
            synchronized (this) {
                done = true;
            }
            check.cancel(false);
            if (fired) Thread.interrupted();
            super.close();
        }
    }
}
