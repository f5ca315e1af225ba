package ems.portal.production;

import ems.catalog.CatalogRow;
import ems.consignee.Region;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.production.PoLine;
import ems.production.PoRevision;
import ems.production.RequestForm;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request form as a grid: one row per active size of the consignee's catalogue, one column per
 * region of its footprint, each cell a quantity input named {@code q_<variantId>_<REGION>}. It holds
 * what was typed (to show it back after an error) and turns it into a {@link RequestForm}. Cells the
 * grid did not offer are still passed on, so the model refuses them by its own rules.
 */
public final class RequestGrid {

    private static final Pattern CELL = Pattern.compile("q_(\\d{1,18})_([A-Z]{2,10})");

    /** A product with its sizes, the rows of the grid. */
    public record ProductRows(String categoryName, String productName, List<CatalogRow> sizes) {
    }

    private final List<ProductRows> products;
    private final List<Region> regions;
    private final Map<String, String> cells;
    private final String from;
    private final String to;
    private final String stamps;
    private final String note;

    private RequestGrid(List<ProductRows> products, List<Region> regions, Map<String, String> cells, String from,
                        String to, String stamps, String note) {
        this.products = products;
        this.regions = regions;
        this.cells = cells;
        this.from = from;
        this.to = to;
        this.stamps = stamps;
        this.note = note;
    }

    /** An empty grid; the stamp wishes start from what the consignee's profile says. */
    static RequestGrid empty(List<CatalogRow> catalogue, List<Region> regions, String stampDefaults) {
        return new RequestGrid(rows(catalogue), regions, Map.of(), "", "", stampDefaults, "");
    }

    /** A grid filled from a revision: "start from a previous request", and revising after a send-back. */
    static RequestGrid of(List<CatalogRow> catalogue, List<Region> regions, PoRevision revision, boolean keepDates) {
        Map<String, String> cells = new HashMap<>();
        for (PoLine line : revision.lines()) {
            cells.put(name(line.variantId(), line.region()), Integer.toString(line.quantity()));
        }
        return new RequestGrid(rows(catalogue), regions, cells,
                keepDates ? revision.preferredFrom().toString() : "", keepDates ? revision.preferredTo().toString() : "",
                revision.stampSequence(), "");
    }

    /** The grid as posted: every {@code q_…} parameter, whether or not the grid offered that cell. */
    static RequestGrid posted(List<CatalogRow> catalogue, List<Region> regions, Map<String, List<String>> form) {
        Map<String, String> cells = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith("q_") && !values.isEmpty() && !values.get(0).isBlank()) {
                cells.put(key, values.get(0).strip());
            }
        });
        return new RequestGrid(rows(catalogue), regions, cells, first(form, "preferredFrom"),
                first(form, "preferredTo"), first(form, "stampSequence"), first(form, "note"));
    }

    /** How many lines of the revision the current catalogue and footprint can no longer take. */
    static int notCarried(List<CatalogRow> catalogue, List<Region> regions, PoRevision revision) {
        List<Long> offered = catalogue.stream().filter(RequestGrid::orderable).map(CatalogRow::variantId).toList();
        return (int) revision.lines().stream()
                .filter(l -> !offered.contains(l.variantId()) || !regions.contains(l.region())).count();
    }

    /**
     * The typed grid as a form for the model.
     *
     * @throws ValidationException naming the cell or field for anything that is not even well-formed
     */
    RequestForm toForm() {
        Validation v = new Validation();
        List<RequestForm.Line> lines = new ArrayList<>();
        cells.forEach((key, text) -> {
            Matcher m = CELL.matcher(key);
            Region region = m.matches() ? region(m.group(2)) : null;
            if (region == null) {
                v.add("lines", "error.po.region");
                return;
            }
            if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < 1
                    || Integer.parseInt(text) > RequestForm.MAX_QUANTITY) {
                v.add(key, "error.shipment.quantity", RequestForm.MAX_QUANTITY);
                v.add("lines", "error.po.cells");
                return;
            }
            lines.add(new RequestForm.Line(Long.parseLong(m.group(1)), region, Integer.parseInt(text)));
        });
        LocalDate fromDate = date(v, "preferredFrom", from);
        LocalDate toDate = date(v, "preferredTo", to);
        v.throwIfInvalid();
        return new RequestForm(fromDate, toDate, stamps, lines, note);
    }

    public List<ProductRows> products() {
        return products;
    }

    public List<Region> regions() {
        return regions;
    }

    public String value(long variantId, Region region) {
        return cells.getOrDefault(name(variantId, region), "");
    }

    public static String name(long variantId, Region region) {
        return "q_" + variantId + "_" + region.name();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String stamps() {
        return stamps;
    }

    public String note() {
        return note;
    }

    private static List<ProductRows> rows(List<CatalogRow> catalogue) {
        Map<Long, ProductRows> byProduct = new LinkedHashMap<>();
        for (CatalogRow row : catalogue) {
            if (orderable(row)) {
                byProduct.computeIfAbsent(row.productId(),
                        id -> new ProductRows(row.categoryName(), row.productName(), new ArrayList<>())).sizes().add(row);
            }
        }
        return List.copyOf(byProduct.values());
    }

    private static boolean orderable(CatalogRow row) {
        return row.variantId() != null && row.productActive() && Boolean.TRUE.equals(row.variantActive());
    }

    private static Region region(String name) {
        for (Region r : Region.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private static LocalDate date(Validation v, String field, String text) {
        if (text.isEmpty()) {
            v.add(field, "error.required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(field, "error.date.invalid");
            return null;
        }
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
