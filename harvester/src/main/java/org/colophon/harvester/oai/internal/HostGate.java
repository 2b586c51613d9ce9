package org.colophon.harvester.oai.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most one request at a time per host, with a pause between two requests: the politeness delay of the source
 * asking, or longer when the host said so (a 503's Retry-After holds back every source on that host).
 */
public final class HostGate {
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEnd;
        long notBefore;
    }

    /** Waits for the host, then for the delay since its last request ended; call {@link #release} in finally. */
    public void acquire(String host, Duration delay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lockInterruptibly();
        long wait = Math.max(h.lastEnd + delay.toMillis(), h.notBefore) - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                h.lock.unlock();
                throw e;
            }
        }
    }

    /** Ends a request; {@code holdFor} keeps every caller off the host that long (zero for none). */
    public void release(String host, Duration holdFor) {
        Host h = hosts.get(host);
        long now = System.currentTimeMillis();
        h.lastEnd = now;
        h.notBefore = Math.max(h.notBefore, now + holdFor.toMillis());
        h.lock.unlock();
    }
}
