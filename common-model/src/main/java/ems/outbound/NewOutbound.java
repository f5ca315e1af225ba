package ems.outbound;

import ems.consignee.Region;
import ems.error.Validation;
import ems.inventory.Bucket;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A new outbound order as staff enter it. */
public record NewOutbound(long consigneeId, String destinationName, String destinationAddress, DestinationKind kind,
                          Region region, String carrier, LocalDate requestedDate, List<Line> lines) {

    public static final int MAX_QUANTITY = 1_000_000;

    /** Units of one size from one inventory bucket, and how many cases they travel in. */
    public record Line(long variantId, Bucket bucket, int quantity, int cases) {
    }

    NewOutbound validated(Set<Region> footprint) {
        Validation v = new Validation();
        String name = v.text("destinationName", destinationName, 200);
        String address = v.multiline("destinationAddress", destinationAddress, 500);
        String cleanCarrier = v.optionalText("carrier", carrier, 120);
        v.check(kind != null, "kind", "error.required");
        v.check(region != null, "region", "error.required");
        if (region != null) {
            v.check(footprint.contains(region), "region", "error.po.region");
        }
        List<Line> given = lines == null ? List.of() : List.copyOf(lines);
        v.check(!given.isEmpty(), "lines", "error.outbound.empty");
        Set<String> seen = new HashSet<>();
        for (Line line : given) {
            v.check(line.quantity() >= 1 && line.quantity() <= MAX_QUANTITY, "lines", "error.shipment.quantity",
                    MAX_QUANTITY);
            v.check(line.cases() >= 0 && line.cases() <= 100_000, "lines", "error.outbound.cases");
            boolean bucketOk = line.bucket() != null && region != null && kind != null
                    && (line.bucket() == Bucket.of(region) || (line.bucket() == Bucket.UNSTAMPED && kind.allowsUnstamped()));
            v.check(bucketOk, "lines", "error.outbound.bucket");
            v.check(seen.add(line.variantId() + "/" + line.bucket()), "lines", "error.po.duplicateLine");
        }
        v.throwIfInvalid();
        return new NewOutbound(consigneeId, name, address, kind, region, cleanCarrier, requestedDate, given);
    }
}
