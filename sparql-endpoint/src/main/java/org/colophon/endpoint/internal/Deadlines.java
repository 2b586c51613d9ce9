package org.colophon.endpoint.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;

/**
 * A deadline for every query that Jena's own timeout cannot miss. Jena builds a query's plan while holding the lock its
 * timeout needs, and some plans do their work while being built (an OFFSET is skipped in the constructor of the
 * slice; with ORDER BY that is the whole sort): such a query ran on for minutes past a 10 s timeout, spilling
 * hundreds of megabytes a minute to temporary files. Here a query engine factory put in front of Jena's (in the
 * endpoint's query context only) notes each query's cancel signal against the thread that runs it; a watchdog sets
 * the signal of any query still running past its deadline, which every Jena iterator checks, plan or no plan.
 */
final class Deadlines implements QueryEngineFactory {
    private static final Map<Thread, Watched> RUNNING = new ConcurrentHashMap<>();
    private static final Deadlines FACTORY = new Deadlines();
    private static ScheduledExecutorService watchdog;

    private Deadlines() {}

    private static final class Watched {
        final long deadline;
        volatile AtomicBoolean signal;

        Watched(long deadline) {
            this.deadline = deadline;
        }
    }

    /** Puts the factory in front of the query engines of this context, and starts the watchdog (once). */
    static synchronized void install(Context queryContext) {
        QueryEngineRegistry registry = QueryEngineRegistry.get().copy();
        registry.add(FACTORY);
        QueryEngineRegistry.set(queryContext, registry);
        if (watchdog == null) {
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "colophon-query-deadlines");
                t.setDaemon(true);
                return t;
            });
            watchdog.scheduleWithFixedDelay(Deadlines::sweep, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** The query run on this thread until {@link Watch#close()} is stopped once {@code millis} have passed. */
    static Watch watch(long millis) {
        Thread thread = Thread.currentThread();
        RUNNING.put(thread, new Watched(System.nanoTime() + millis * 1_000_000L));
        return () -> RUNNING.remove(thread);
    }

    /** Ends the watch of one query. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    private static void sweep() {
        long now = System.nanoTime();
        for (Watched w : RUNNING.values()) {
            AtomicBoolean signal = w.signal;
            if (signal != null && now - w.deadline > 0) signal.set(true);
        }
    }

    private static void note(Context context) {
        Watched w = RUNNING.get(Thread.currentThread());
        if (w != null && context != null) w.signal = Context.getCancelSignal(context);
    }

    private QueryEngineFactory next(Query query, DatasetGraph dataset, Context context) {
        for (QueryEngineFactory f : QueryEngineRegistry.get().factories()) {
            if (f != this && f.accept(query, dataset, context)) return f;
        }
        return null;
    }

    private QueryEngineFactory next(Op op, DatasetGraph dataset, Context context) {
        for (QueryEngineFactory f : QueryEngineRegistry.get().factories()) {
            if (f != this && f.accept(op, dataset, context)) return f;
        }
        return null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return next(query, dataset, context) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        note(context);
        return next(query, dataset, context).create(query, dataset, inputBinding, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return next(op, dataset, context) != null;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        note(context);
        return next(op, dataset, context).create(op, dataset, inputBinding, context);
    }
}
