package org.colophon.graph.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.colophon.graph.RecordKey;
import org.colophon.graph.RecordMeta;

/**
 * What a remote batch knows of the store: the stored fingerprint of every record it has looked up, overlaid with its
 * own puts and deletes, and which record each graph IRI it has looked up belongs to. Once the batch has touched a
 * record, its own view of that record wins over what later lookups say (they cannot see the uncommitted batch).
 */
final class BatchLedger {

    /** Known records; a null value means the record is absent. */
    private final Map<RecordKey, Fingerprint> records = new HashMap<>();
    /** Known graph IRIs; a null value means no record has that graph. */
    private final Map<String, RecordKey> owners = new HashMap<>();

    boolean knows(RecordKey key) {
        return records.containsKey(key);
    }

    boolean knowsGraph(String graphIri) {
        return owners.containsKey(graphIri);
    }

    /** The record's fingerprint as the store will hold it after this batch so far, or null when absent. */
    Fingerprint stored(RecordKey key) {
        return records.get(key);
    }

    /** The record that has this graph after this batch so far, or null. */
    RecordKey owner(String graphIri) {
        return owners.get(graphIri);
    }

    /** Takes in a lookup of these keys and graphs: the stored records it found, everything else absent. */
    void learn(Collection<RecordKey> keys, Collection<String> graphs, Collection<RemoteReads.Stored> found) {
        for (RemoteReads.Stored s : found) {
            if (!records.containsKey(s.key())) {
                records.put(s.key(), s.fingerprint());
                if (!owners.containsKey(s.fingerprint().graphIri())) {
                    owners.put(s.fingerprint().graphIri(), s.key());
                }
            }
        }
        for (RecordKey k : keys) {
            if (!records.containsKey(k)) {
                records.put(k, null);
            }
        }
        for (String g : graphs) {
            if (!owners.containsKey(g)) {
                owners.put(g, null);
            }
        }
    }

    /** Records a put: the record now has this fingerprint, and its old graph (if it moved) is free. */
    void put(RecordMeta meta) {
        Fingerprint old = records.get(meta.key());
        if (old != null && !old.graphIri().equals(meta.graphIri())) {
            owners.put(old.graphIri(), null);
        }
        owners.put(meta.graphIri(), meta.key());
        records.put(meta.key(), Fingerprint.of(meta));
    }

    /** Records a delete: the record is absent and its graph free. */
    void delete(RecordKey key) {
        Fingerprint old = records.get(key);
        if (old != null) {
            owners.put(old.graphIri(), null);
        }
        records.put(key, null);
    }
}
