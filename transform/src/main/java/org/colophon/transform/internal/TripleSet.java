package org.colophon.transform.internal;

import org.apache.jena.graph.Triple;

/**
 * The triples a record has made so far, to keep out duplicates: an open-addressing set (linear probing) that holds each
 * triple's hash beside it, so a probe compares triples only when the hashes agree, and allocates nothing per triple
 * (a {@code HashSet} makes an entry object for each). Removal shifts the run after the removed slot back, so no
 * tombstones build up when a node's triples are taken back ({@link RecordContext#rollback}).
 */
final class TripleSet {
    private Triple[] keys;
    private int[] hashes;
    private int size;

    TripleSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new Triple[cap];
        hashes = new int[cap];
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Adds the triple; false when an equal one is already here. */
    boolean add(Triple t) {
        int h = spread(t.hashCode());
        int mask = keys.length - 1;
        int i = h & mask;
        for (Triple k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (k == t || k.equals(t))) return false;
        }
        keys[i] = t;
        hashes[i] = h;
        if (++size * 2 > keys.length) grow();
        return true;
    }

    /** Removes the triple (an equal one), if here. */
    void remove(Triple t) {
        int h = spread(t.hashCode());
        int mask = keys.length - 1;
        int i = h & mask;
        for (Triple k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (k == t || k.equals(t))) {
                delete(i);
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Empties slot {@code gap} and moves back every later entry of its run that may not stay past the gap. */
    private void delete(int gap) {
        int mask = keys.length - 1;
        keys[gap] = null;
        size--;
        for (int i = (gap + 1) & mask; keys[i] != null; i = (i + 1) & mask) {
            int home = hashes[i] & mask;
            // the entry at i may move to the gap when its home slot is not in (gap, i], cyclically
            boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
            if (stays) continue;
            keys[gap] = keys[i];
            hashes[gap] = hashes[i];
            keys[i] = null;
            gap = i;
        }
    }

    private void grow() {
        Triple[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new Triple[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = oldHashes[j] & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            hashes[i] = oldHashes[j];
        }
    }
}
