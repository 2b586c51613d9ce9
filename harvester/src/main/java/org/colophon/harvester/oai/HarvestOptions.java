package org.colophon.harvester.oai;

import java.time.Instant;

/**
 * What one harvest run asks for.
 *
 * @param from harvest records changed since this instant; {@code null} means "since the last successful run" (or
 *     everything, the first time, or when {@code full})
 * @param until harvest records changed up to this instant, or {@code null} for no limit
 * @param full harvest everything, ignoring the last successful run, and record which identifiers were seen so the
 *     caller can delete what the source no longer has ({@link HarvestResult#seenIdentifiers()})
 */
public record HarvestOptions(Instant from, Instant until, boolean full) {

    /** An incremental run from the last successful one. */
    public static HarvestOptions incremental() {
        return new HarvestOptions(null, null, false);
    }

    /** A full run that records the identifiers it saw. */
    public static HarvestOptions fullHarvest() {
        return new HarvestOptions(null, null, true);
    }

    /** True when from or until was given. */
    public boolean explicitRange() {
        return from != null || until != null;
    }
}
