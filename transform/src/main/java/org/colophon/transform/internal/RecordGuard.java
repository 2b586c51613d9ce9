package org.colophon.transform.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each record's decoding and mapping on a worker thread and gives up on one that takes longer than the time
 * limit, counted from when a worker started it: code from a library can loop forever on one bad byte, and nothing
 * it does is allowed to hold up a run. A worker that overruns is stopped where the JVM still can ({@code
 * Thread.stop}); where it cannot, the worker is abandoned (it is a daemon) and a fresh one takes its place, so the
 * run keeps its pace either way.
 */
public final class RecordGuard implements AutoCloseable {

    /** One record's work: its result, or that it ran out of time. */
    public static final class Job<T> {
        private final FutureTask<T> task;
        private volatile Thread runner;
        private volatile long startedNanos;

        private Job(Callable<T> work) {
            this.task = new FutureTask<>(() -> {
                runner = Thread.currentThread();
                startedNanos = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    runner = null;
                }
            });
        }
    }

    /** Thrown by {@link #await} for a job that overran the limit. */
    public static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    private final ThreadPoolExecutor pool;
    private final long limitNanos;
    private final Duration limit;
    private int abandoned;

    public RecordGuard(int threads, Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "colophon-convert");
            t.setDaemon(true);
            return t;
        });
    }

    public Duration limit() {
        return limit;
    }

    /** How many workers were stopped or abandoned for overrunning, over this guard's life. */
    public int overran() {
        return abandoned;
    }

    public <T> Job<T> submit(Callable<T> work) {
        Job<T> job = new Job<>(work);
        pool.execute(job.task);
        return job;
    }

    /**
     * The job's result, waiting at most until it has run for the limit.
     *
     * @throws TimedOut when it ran longer; its worker is then stopped or replaced
     */
    public <T> T await(Job<T> job) throws TimedOut {
        while (true) {
            try {
                long started = job.startedNanos;
                long wait = started == 0 ? limitNanos : started + limitNanos - System.nanoTime();
                return job.task.get(Math.max(1, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long started = job.startedNanos;
                if (started != 0 && System.nanoTime() - started >= limitNanos) {
                    giveUp(job);
                    throw new TimedOut("still running after " + seconds() + ", the limit per record");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }

    private String seconds() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private void giveUp(Job<?> job) {
        Thread t = job.runner;
        job.task.cancel(true);
        abandoned++;
        if (t != null && !stop(t)) {
            // the thread spins on: one more worker, so the pool keeps its size in threads that work
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
    }

    @SuppressWarnings("deprecation")
    private static boolean stop(Thread t) {
        try {
            t.stop();
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
