package org.colophon.endpoint.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The turns heavy queries take: at most {@code running} at once, at most {@code queue} more waiting (each up to
 * {@code wait}); a query that finds the queue full, or waits in vain, is turned away (the caller answers 503).
 */
final class HeavyQueries {
    private final Semaphore turns;
    private final int queue;
    private final long waitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    HeavyQueries(int running, int queue, Duration wait) {
        this.turns = new Semaphore(running, true);
        this.queue = queue;
        this.waitNanos = wait.toNanos();
    }

    /** Takes a turn, waiting in the queue if need be; false when there is none to have. */
    boolean enter() throws InterruptedException {
        if (turns.tryAcquire()) return true;
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Gives a turn taken by {@link #enter()} back. */
    void leave() {
        turns.release();
    }

    /** Heavy queries running now. */
    int running(int capacity) {
        return capacity - turns.availablePermits();
    }

    /** Heavy queries waiting for a turn now. */
    int waiting() {
        return waiting.get();
    }
}
