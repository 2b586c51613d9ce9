package org.colophon.transform.compare;

/**
 * How one family fared: how many values the reference has, how many of them we give too, and how many values we
 * give in all (ours may hold values the reference lacks).
 */
public record FamilyScore(String family, int reference, int matched, int ours) {

    /** Matched as a percentage of the reference's values; 100 when the reference has none. */
    public double percent() {
        return reference == 0 ? 100.0 : 100.0 * matched / reference;
    }
}
