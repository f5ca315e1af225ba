package ems.production;

/**
 * A request line next to what the consignee holds: unstamped units of its size and stamps for its
 * region. The totals needed are over the whole request (two regions of one size draw on the same
 * unstamped units), so a line is short when the request as a whole needs more than there is.
 */
public record LineStock(PoLine line, long unstamped, long unitsNeeded, long stamps, long stampsNeeded) {

    public boolean unitsShort() {
        return unitsNeeded > unstamped;
    }

    public boolean stampsShort() {
        return stampsNeeded > stamps;
    }

    /** How many more unstamped units the request needs than there are; 0 when there are enough. */
    public long unitsShortBy() {
        return Math.max(0, unitsNeeded - unstamped);
    }

    /** How many more stamps of the line's region the request needs than there are; 0 when enough. */
    public long stampsShortBy() {
        return Math.max(0, stampsNeeded - stamps);
    }

    public boolean anyShort() {
        return unitsShort() || stampsShort();
    }
}
