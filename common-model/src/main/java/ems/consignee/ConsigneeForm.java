package ems.consignee;

import ems.error.Validation;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What staff type to create or edit a consignee, before it is checked. */
public record ConsigneeForm(
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
        boolean active) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    public static final int MAX_CUSTOM_LIMIT = 500;

    /** Returns the form cleaned up (stripped, code upper-cased) or throws every problem found. */
    public ConsigneeForm validated() {
        Validation v = new Validation();
        String cleanCode = v.text("code", code, 20).toUpperCase(java.util.Locale.ROOT);
        if (!cleanCode.isEmpty() && !v.hasError("code")) {
            v.check(CODE.matcher(cleanCode).matches(), "code", "error.consignee.code");
        }
        String name = v.text("legalName", legalName, 200);
        String billing = v.multiline("billingAddress", billingAddress, 500);
        String shipping = v.multiline("shippingAddress", shippingAddress, 500);
        v.check(province != null, "province", "error.required");
        String email = v.email("contactEmail", contactEmail);
        v.check(regions != null && !regions.isEmpty(), "regions", "error.consignee.regions");
        v.check(planTier != null, "planTier", "error.required");
        v.check(customSubAccountLimit == null
                        || customSubAccountLimit >= 0 && customSubAccountLimit <= MAX_CUSTOM_LIMIT,
                "customSubAccountLimit", "error.range", 0, MAX_CUSTOM_LIMIT);
        String stamps = v.optionalMultiline("stampSequenceRequirements", stampSequenceRequirements, 2000);
        v.throwIfInvalid();
        return new ConsigneeForm(cleanCode, name, billing, shipping, province, email,
                EnumSet.copyOf(regions), planTier, customSubAccountLimit, stamps, active);
    }
}
