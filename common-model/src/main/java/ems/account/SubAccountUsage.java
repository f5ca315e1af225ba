package ems.account;

/** How many active sub-accounts a consignee has and how many its plan (or custom limit) allows. */
public record SubAccountUsage(int used, int limit) {

    public boolean atLimit() {
        return used >= limit;
    }
}
