package ems.outbound;

/**
 * Where an outbound order goes. A provincial distributor takes only product stamped for its region;
 * an export buyer or another bonded (excise) warehouse may take unstamped product under bond.
 */
public enum DestinationKind {
    PROVINCIAL_DISTRIBUTOR, EXPORT, BONDED_WAREHOUSE;

    public boolean allowsUnstamped() {
        return this != PROVINCIAL_DISTRIBUTOR;
    }
}
