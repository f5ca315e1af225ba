package ems.production;

import ems.consignee.Region;
import ems.error.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the customer submits: lines per size and region, a preferred date range, stamp wishes, a note. */
public record RequestForm(LocalDate preferredFrom, LocalDate preferredTo, String stampSequence, List<Line> lines,
                          String note) {

    public static final int MAX_QUANTITY = 1_000_000;
    public static final int MAX_LINES = 300;
    public static final int NOTE_MAX = 2_000;

    /** One cell of the size × region grid. */
    public record Line(long variantId, Region region, int quantity) {
    }

    /** Checks everything that needs no database; {@code today} bounds the dates. */
    RequestForm validated(LocalDate today, Set<Region> footprint) {
        Validation v = new Validation();
        List<Line> given = lines == null ? List.of() : List.copyOf(lines);
        v.check(!given.isEmpty(), "lines", "error.po.empty");
        v.check(given.size() <= MAX_LINES, "lines", "error.po.tooManyLines", MAX_LINES);
        Set<String> seen = new HashSet<>();
        for (Line line : given) {
            v.check(line.region() != null && footprint.contains(line.region()), "lines", "error.po.region");
            v.check(line.quantity() >= 1 && line.quantity() <= MAX_QUANTITY, "lines", "error.shipment.quantity",
                    MAX_QUANTITY);
            v.check(seen.add(line.variantId() + "/" + line.region()), "lines", "error.po.duplicateLine");
        }
        v.check(preferredFrom != null, "preferredFrom", "error.required");
        v.check(preferredTo != null, "preferredTo", "error.required");
        if (preferredFrom != null) {
            v.check(!preferredFrom.isBefore(today), "preferredFrom", "error.po.past");
        }
        if (preferredFrom != null && preferredTo != null) {
            v.check(!preferredTo.isBefore(preferredFrom), "preferredTo", "error.date.order");
        }
        String stamps = v.optionalMultiline("stampSequence", stampSequence, 1_000);
        String cleanNote = v.optionalMultiline("note", note, NOTE_MAX);
        v.throwIfInvalid();
        return new RequestForm(preferredFrom, preferredTo, stamps, given, cleanNote);
    }
}
