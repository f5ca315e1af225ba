package ems.shipment;

/** Expected against received for one product size: what the receiving clerk checks. */
public record ReceivedLine(long variantId, String productName, String sizeLabel, String sku, int expected,
                           int received) {

    public int difference() {
        return received - expected;
    }

    public boolean isShort() {
        return received < expected;
    }

    public boolean isOver() {
        return received > expected;
    }
}
