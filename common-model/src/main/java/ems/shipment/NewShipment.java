package ems.shipment;

import ems.error.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What staff enter to create a shipment: who it is for, how it travels, and what it should carry. */
public record NewShipment(long consigneeId, String carrier, String trackingNumber, String origin,
                          LocalDate expectedArrival, List<ExpectedLine> lines) {

    public static final int MAX_LINES = 200;
    public static final int MAX_QUANTITY = 1_000_000;

    /** One product size and how many units of it are expected. */
    public record ExpectedLine(long variantId, int quantity) {
    }

    NewShipment validated() {
        Validation v = new Validation();
        String cleanCarrier = v.text("carrier", carrier, 120);
        String cleanTracking = v.optionalText("trackingNumber", trackingNumber, 60);
        String cleanOrigin = v.text("origin", origin, 200);
        v.check(expectedArrival != null, "expectedArrival", "error.required");
        List<ExpectedLine> given = lines == null ? List.of() : List.copyOf(lines);
        v.check(given.size() <= MAX_LINES, "lines", "error.shipment.tooManyLines", MAX_LINES);
        Set<Long> seen = new HashSet<>();
        for (ExpectedLine line : given) {
            v.check(line.quantity() >= 1 && line.quantity() <= MAX_QUANTITY, "lines", "error.shipment.quantity",
                    MAX_QUANTITY);
            v.check(seen.add(line.variantId()), "lines", "error.shipment.duplicateVariant");
        }
        v.throwIfInvalid();
        return new NewShipment(consigneeId, cleanCarrier, cleanTracking, cleanOrigin, expectedArrival, given);
    }

    int expectedUnits() {
        return lines.stream().mapToInt(ExpectedLine::quantity).sum();
    }
}
