package ems.inventory;

/** A movement would have taken a balance below zero; nothing was written. */
public final class InsufficientStockException extends RuntimeException {

    private final long variantId;
    private final Bucket bucket;
    private final long available;
    private final long requested;

    public InsufficientStockException(long variantId, Bucket bucket, long available, long requested) {
        super("variant " + variantId + " has " + available + " " + bucket + ", " + requested + " needed");
        this.variantId = variantId;
        this.bucket = bucket;
        this.available = available;
        this.requested = requested;
    }

    public long variantId() {
        return variantId;
    }

    public Bucket bucket() {
        return bucket;
    }

    public long available() {
        return available;
    }

    public long requested() {
        return requested;
    }
}
