package org.colophon.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;

/**
 * A listener that keeps its own view of the store the way an index would: writes are pending until the batch
 * commits, dropped when it is abandoned. Tests compare its view with the store's.
 */
public final class Recorder implements IngestListener {
    public final Set<String> committedKeys = new HashSet<>();
    public final List<String> events = new ArrayList<>();
    private final Set<String> pendingPuts = new HashSet<>();
    private final Set<String> pendingDeletes = new HashSet<>();
    public int commits;
    public int abandons;
    public RuntimeException failOnPrepare;

    @Override
    public void put(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
        String key = meta.sourceId() + "/" + meta.recordId();
        events.add("put " + key);
        pendingDeletes.remove(key);
        pendingPuts.add(key);
    }

    @Override
    public void deleted(String sourceId, String recordId, GraphStore.Batch batch) {
        String key = sourceId + "/" + recordId;
        events.add("delete " + key);
        pendingPuts.remove(key);
        pendingDeletes.add(key);
    }

    @Override
    public void prepare() {
        if (failOnPrepare != null) throw failOnPrepare;
    }

    @Override
    public void committed() {
        commits++;
        committedKeys.addAll(pendingPuts);
        committedKeys.removeAll(pendingDeletes);
        pendingPuts.clear();
        pendingDeletes.clear();
    }

    @Override
    public void abandoned() {
        abandons++;
        pendingPuts.clear();
        pendingDeletes.clear();
    }

    /** The store's record keys, as {@code source/id}. */
    public static Set<String> storeKeys(GraphStore store, String... sources) {
        Set<String> keys = new HashSet<>();
        for (String s : sources) {
            try (var ids = store.recordIds(s)) {
                ids.forEach(id -> keys.add(s + "/" + id));
            }
        }
        return keys;
    }
}
