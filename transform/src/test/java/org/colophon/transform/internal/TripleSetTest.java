package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/** The record's triple set against Java's own set, over adds, duplicates and removals from the end (rollbacks). */
class TripleSetTest {
    @Test
    void behavesAsAHashSetUnderAddsDuplicatesAndRollbacks() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TripleSet set = new TripleSet(4);
            Set<Triple> reference = new HashSet<>();
            List<Triple> added = new ArrayList<>();
            for (int step = 0; step < 400; step++) {
                if (random.nextInt(10) < 8) {
                    // a small pool of nodes, so equal triples made apart recur and hashes collide
                    Triple t = Triple.create(
                            NodeFactory.createBlankNode("b" + random.nextInt(30)),
                            NodeFactory.createURI("http://example.org/p" + random.nextInt(4)),
                            random.nextBoolean()
                                    ? NodeFactory.createLiteralString("v" + random.nextInt(20))
                                    : NodeFactory.createURI("http://example.org/o" + random.nextInt(20)));
                    boolean isNew = reference.add(t);
                    assertEquals(isNew, set.add(t), "add " + t);
                    if (isNew) added.add(t);
                } else if (!added.isEmpty()) {
                    // a rollback takes back the last triples added, as RecordContext does
                    int back = 1 + random.nextInt(Math.min(5, added.size()));
                    for (int k = 0; k < back; k++) {
                        Triple t = added.remove(added.size() - 1);
                        reference.remove(t);
                        set.remove(t);
                    }
                }
                assertEquals(reference.size(), set.size());
            }
            for (Triple t : reference) assertFalse(set.add(t), "kept " + t);
        }
        TripleSet empty = new TripleSet(0);
        Triple t = Triple.create(
                NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("x"));
        assertTrue(empty.add(t));
        empty.remove(t);
        assertTrue(empty.add(t));
    }
}
