package ems.consignee;

import java.time.Instant;
import java.util.Set;

/** A customer of the warehouse, whose portal accounts see only its own data. */
public record Consignee(
        long id,
        String code,
        String legalName,
        String billingAddress,
        String shippingAddress,
        Province province,
        String contactEmail,
        Set<Region> regions,
        PlanTier planTier,
        Integer customSubAccountLimit,
        String stampSequenceRequirements,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public Consignee {
        regions = Set.copyOf(regions);
    }

    /** The custom limit when staff set one, otherwise the plan's. */
    public int subAccountLimit() {
        return customSubAccountLimit != null ? customSubAccountLimit : planTier.subAccountLimit();
    }

    public ConsigneeScope scope() {
        return new ConsigneeScope(id);
    }
}
