package ems.production;

import ems.consignee.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one revision of a request to the next: lines added, removed or changed in
 * quantity (per size and region), the preferred dates, and the stamp-sequence wishes. Both apps show
 * it the same way, so the customer and staff argue about the same facts.
 */
public record RevisionDiff(List<LineChange> lines, DateChange preferredFrom, DateChange preferredTo,
                           String stampsBefore, String stampsAfter) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One size × region cell that differs; {@code before} is 0 when added, {@code after} 0 when removed. */
    public record LineChange(Kind kind, String productName, String sizeLabel, String sku, Region region, int before,
                             int after) {

        public int delta() {
            return after - before;
        }
    }

    public record DateChange(LocalDate before, LocalDate after) {
    }

    public static RevisionDiff between(PoRevision previous, PoRevision current) {
        Map<String, PoLine> old = byCell(previous.lines());
        Map<String, PoLine> now = byCell(current.lines());
        List<LineChange> changes = new ArrayList<>();
        now.forEach((cell, line) -> {
            PoLine was = old.get(cell);
            if (was == null) {
                changes.add(change(Kind.ADDED, line, 0, line.quantity()));
            } else if (was.quantity() != line.quantity()) {
                changes.add(change(Kind.CHANGED, line, was.quantity(), line.quantity()));
            }
        });
        old.forEach((cell, line) -> {
            if (!now.containsKey(cell)) {
                changes.add(change(Kind.REMOVED, line, line.quantity(), 0));
            }
        });
        changes.sort(Comparator.comparing(LineChange::productName).thenComparing(LineChange::sizeLabel)
                .thenComparing(LineChange::region));
        boolean stampsChanged = !Objects.equals(previous.stampSequence(), current.stampSequence());
        return new RevisionDiff(List.copyOf(changes), dateChange(previous.preferredFrom(), current.preferredFrom()),
                dateChange(previous.preferredTo(), current.preferredTo()),
                stampsChanged ? previous.stampSequence() : null, stampsChanged ? current.stampSequence() : null);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && preferredFrom == null && preferredTo == null && stampsBefore == null;
    }

    public boolean stampsChanged() {
        return stampsBefore != null;
    }

    private static DateChange dateChange(LocalDate before, LocalDate after) {
        return Objects.equals(before, after) ? null : new DateChange(before, after);
    }

    private static LineChange change(Kind kind, PoLine line, int before, int after) {
        return new LineChange(kind, line.productName(), line.sizeLabel(), line.sku(), line.region(), before, after);
    }

    private static Map<String, PoLine> byCell(List<PoLine> lines) {
        Map<String, PoLine> cells = new LinkedHashMap<>();
        for (PoLine line : lines) {
            cells.put(line.variantId() + "/" + line.region(), line);
        }
        return cells;
    }
}
