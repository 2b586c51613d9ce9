package org.colophon.ingest;

import java.util.List;

/**
 * The discovery index compared with the store.
 *
 * @param storeRecords records the store holds
 * @param indexedRecords records the index holds documents for
 * @param documents documents (Instances) in the index
 * @param missing records ({@code source/id}) the store holds and the index lacks
 * @param stale records the index holds from another version than the store's
 * @param extra records the index holds and the store does not
 */
public record IndexCheck(
        long storeRecords,
        long indexedRecords,
        long documents,
        List<String> missing,
        List<String> stale,
        List<String> extra) {

    public boolean inStep() {
        return missing.isEmpty() && stale.isEmpty() && extra.isEmpty();
    }

    /** One line: the counts, and whether they agree. */
    public String line() {
        return String.format(
                "store %d records, index %d records (%d documents): %s",
                storeRecords,
                indexedRecords,
                documents,
                inStep()
                        ? "in step"
                        : "missing " + missing.size() + ", stale " + stale.size() + ", extra " + extra.size());
    }
}
