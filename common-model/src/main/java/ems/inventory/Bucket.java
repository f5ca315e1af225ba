package ems.inventory;

import ems.consignee.Region;

/** Where units sit: unstamped, waiting for production, or stamped for one excise region. */
public enum Bucket {
    UNSTAMPED, FEDERAL, ON, QC, AB, MB;

    public static Bucket of(Region region) {
        return valueOf(region.name());
    }

    /** The region of a stamped bucket, or null for UNSTAMPED. */
    public Region region() {
        return this == UNSTAMPED ? null : Region.valueOf(name());
    }
}
