package org.colophon.graph.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.colophon.graph.GraphStoreException;
import org.colophon.graph.Outcome;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk part of a batch: TDB2's bulk loader into an empty store, guarded by a {@link BulkLoadMarker}. A record
 * put again or deleted after it went to the loader is replayed through a {@link RecordWriter} once the load has
 * finished, before the marker is removed, so the whole batch stays all-or-nothing.
 *
 * <p>Keeps a key and fingerprint per loaded record (a few hundred bytes each) to recognise such repeats.
 */
final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final Tdb2GraphStore store;
    private final DatasetGraph dsg;
    private final Instant imported;
    private final DataLoader loader;
    private StreamRDF stream;
    /** Records sent to the loader; a null value marks one deleted again later in the batch. */
    private final Map<RecordKey, Fingerprint> loaded = new HashMap<>();

    private final List<Pending> afterLoad = new ArrayList<>();

    BulkLoad(Tdb2GraphStore store, Instant imported) {
        this.store = store;
        this.dsg = store.dsg();
        this.imported = imported;
        MonitorOutput output = (fmt, args) -> LOG.debug(String.format(fmt, args));
        this.loader = store.parallelLoader()
                ? LoaderFactory.parallelLoader(dsg, output)
                : LoaderFactory.phasedLoader(dsg, output);
    }

    /** Writes the marker, starts the loader (which locks other transactions out) and loads the buffered puts. */
    void start(Collection<Pending> buffered) {
        store.bulkLoadMarker().create();
        guard(() -> {
            loader.startBulk();
            stream = loader.stream();
            stream.start();
        });
        buffered.forEach(p -> put(p.meta(), p.triples()));
    }

    Outcome put(RecordMeta meta, Set<Triple> triples) {
        RecordKey key = meta.key();
        Fingerprint fingerprint = Fingerprint.of(meta);
        if (!loaded.containsKey(key)) {
            guard(() -> load(meta, triples));
            loaded.put(key, fingerprint);
            return Outcome.ADDED;
        }
        Fingerprint previous = loaded.get(key);
        if (fingerprint.equals(previous)) {
            return Outcome.UNCHANGED;
        }
        afterLoad.add(Pending.put(meta, triples));
        loaded.put(key, fingerprint);
        return previous == null ? Outcome.ADDED : Outcome.REPLACED;
    }

    Outcome delete(RecordKey key) {
        if (loaded.get(key) == null) {
            return Outcome.NOT_FOUND;
        }
        afterLoad.add(Pending.delete(key));
        loaded.put(key, null);
        return Outcome.DELETED;
    }

    /** Finishes the load, replays the repeats, then removes the marker. */
    void commit() {
        guard(this::finishLoader);
        try {
            if (!afterLoad.isEmpty()) {
                Txn.executeWrite(dsg, () -> {
                    RecordWriter writer = new RecordWriter(dsg, imported);
                    afterLoad.forEach(p -> p.applyTo(writer));
                });
            }
        } catch (RuntimeException e) {
            undo();
            throw e;
        }
        store.bulkLoadMarker().remove();
    }

    /** Closed without commit: let the loader finish, then empty the store again. */
    void abandon() {
        guard(this::finishLoader);
        undo();
    }

    private void load(RecordMeta meta, Set<Triple> triples) {
        Node g = NodeFactory.createURI(meta.graphIri());
        for (Triple t : triples) {
            stream.quad(new Quad(g, t));
        }
        MetaGraph.quads(meta, imported, triples.size()).forEach(stream::quad);
    }

    private void finishLoader() {
        stream.finish();
        loader.finishBulk();
    }

    /** The store was empty before the load, so clearing it undoes the load; then the marker can go. */
    private void undo() {
        Txn.executeWrite(dsg, dsg::clear);
        store.bulkLoadMarker().remove();
    }

    /** Runs a loader step; on failure the marker stays, so the store is reset to empty when next opened. */
    private void guard(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            try {
                loader.finishException(e);
            } catch (RuntimeException e2) {
                e.addSuppressed(e2);
            }
            String message = "bulk load into " + store.dir()
                    + " failed; the store is reset to empty when it is next opened: " + e.getMessage();
            store.markBroken(message);
            throw new GraphStoreException(message, e);
        }
    }
}
