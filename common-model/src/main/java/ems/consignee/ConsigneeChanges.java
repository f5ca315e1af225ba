package ems.consignee;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Describes what an edit changed, for the audit trail. */
final class ConsigneeChanges {

    private ConsigneeChanges() {
    }

    static String describe(Consignee before, Consignee after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "code", before.code(), after.code());
        compare(changes, "legalName", before.legalName(), after.legalName());
        compare(changes, "billingAddress", before.billingAddress(), after.billingAddress());
        compare(changes, "shippingAddress", before.shippingAddress(), after.shippingAddress());
        compare(changes, "province", before.province(), after.province());
        compare(changes, "contactEmail", before.contactEmail(), after.contactEmail());
        compare(changes, "regions", Region.toCsv(before.regions()), Region.toCsv(after.regions()));
        compare(changes, "planTier", before.planTier(), after.planTier());
        compare(changes, "customSubAccountLimit", before.customSubAccountLimit(), after.customSubAccountLimit());
        compare(changes, "stampSequenceRequirements", before.stampSequenceRequirements(),
                after.stampSequenceRequirements());
        compare(changes, "active", before.active(), after.active());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
