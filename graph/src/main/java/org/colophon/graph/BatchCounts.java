package org.colophon.graph;

/**
 * How many puts and deletes of a batch had each {@link Outcome}.
 *
 * @param notFound deletes of records the store did not hold
 */
public record BatchCounts(long added, long replaced, long unchanged, long deleted, long notFound) {

    /** No operations. */
    public static final BatchCounts NONE = new BatchCounts(0, 0, 0, 0, 0);

    /** These counts with one more operation of the given outcome. */
    public BatchCounts plus(Outcome outcome) {
        return switch (outcome) {
            case ADDED -> new BatchCounts(added + 1, replaced, unchanged, deleted, notFound);
            case REPLACED -> new BatchCounts(added, replaced + 1, unchanged, deleted, notFound);
            case UNCHANGED -> new BatchCounts(added, replaced, unchanged + 1, deleted, notFound);
            case DELETED -> new BatchCounts(added, replaced, unchanged, deleted + 1, notFound);
            case NOT_FOUND -> new BatchCounts(added, replaced, unchanged, deleted, notFound + 1);
        };
    }

    /** The sum of two counts. */
    public BatchCounts plus(BatchCounts other) {
        return new BatchCounts(
                added + other.added,
                replaced + other.replaced,
                unchanged + other.unchanged,
                deleted + other.deleted,
                notFound + other.notFound);
    }

    /** The number of records whose graph was written or removed. */
    public long changed() {
        return added + replaced + deleted;
    }

    @Override
    public String toString() {
        return "added=" + added + " replaced=" + replaced + " unchanged=" + unchanged + " deleted=" + deleted
                + " notFound=" + notFound;
    }
}
