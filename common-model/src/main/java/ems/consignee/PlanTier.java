package ems.consignee;

/** A consignee's plan, which sets how many portal sub-accounts it may have. */
public enum PlanTier {
    BASIC(2), STANDARD(5), ENTERPRISE(25);

    private final int subAccountLimit;

    PlanTier(int subAccountLimit) {
        this.subAccountLimit = subAccountLimit;
    }

    public int subAccountLimit() {
        return subAccountLimit;
    }
}
