package org.colophon.graph;

import java.nio.file.Path;

/**
 * Child-process main for {@link GraphStoreCrashIT}: imports batches into a store in an endless loop until it is
 * killed, printing {@code begin k} before and {@code committed k} after each batch's commit. Batch {@code k} adds
 * its own records, replaces half of the previous batch's first 100 records with version 2, and deletes a fifth of
 * the first 100 records of the batch before that. The data is {@link SyntheticBibframe} (synthetic).
 *
 * <p>Arguments: store directory, bulk threshold in triples, size of the first batch.
 */
public final class CrashImporter {

    /** Records per batch after the first. */
    static final int BATCH = 100;

    private CrashImporter() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long threshold = Long.parseLong(args[1]);
        int first = Integer.parseInt(args[2]);
        GraphStore store = GraphStore.tdb2(dir).bulkThreshold(threshold).open();
        for (int k = 0; ; k++) {
            System.out.println("begin " + k);
            System.out.flush();
            try (GraphStore.Batch batch = store.batch()) {
                int size = k == 0 ? first : BATCH;
                for (int j = 0; j < size; j++) {
                    put(batch, k, j, 1);
                }
                for (int j = 0; k >= 1 && j < BATCH; j++) {
                    if (replacedByNextBatch(j)) {
                        put(batch, k - 1, j, 2);
                    }
                }
                for (int j = 0; k >= 2 && j < BATCH; j++) {
                    if (deletedTwoBatchesLater(j)) {
                        batch.delete(source(j), recordId(k - 2, j));
                    }
                }
                batch.commit();
            }
            System.out.println("committed " + k);
            System.out.flush();
        }
    }

    static String source(int j) {
        return j % 3 == 0 ? "nlc" : "bnu";
    }

    static String recordId(int k, int j) {
        return "b" + k + "-" + j;
    }

    static boolean replacedByNextBatch(int j) {
        return j % 2 == 0;
    }

    static boolean deletedTwoBatchesLater(int j) {
        return j % 5 == 0;
    }

    private static void put(GraphStore.Batch batch, int k, int j, int version) {
        String id = recordId(k, j);
        batch.put(
                SyntheticBibframe.meta(source(j), id, version, "m1"),
                SyntheticBibframe.triples(source(j), id, version));
    }
}
