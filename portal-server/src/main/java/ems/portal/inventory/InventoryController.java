package ems.portal.inventory;

import ems.Model;
import ems.account.PortalPrincipal;
import ems.consignee.ConsigneeService;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.inventory.InventoryService;
import ems.inventory.InventoryTree;
import ems.portal.web.CsvExport;
import ems.portal.web.Pages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** /inventory: what the warehouse holds for the signed-in consignee right now, read live. */
public final class InventoryController {

    private final InventoryService inventory;
    private final ConsigneeService consignees;
    private final Pages pages;
    private final Clock clock;

    public InventoryController(InventoryService inventory, ConsigneeService consignees, Pages pages, Clock clock) {
        this.inventory = inventory;
        this.consignees = consignees;
        this.pages = pages;
        this.clock = clock;
    }

    public void show(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Instant asOf = clock.instant();
        InventoryTree tree = inventory.tree(user.scope());
        List<Bucket> columns = columns(consignees.get(user.scope()).regions(), tree);
        if ("csv".equals(ctx.queryParam("format"))) {
            csv(ctx, tree, columns, asOf);
            return;
        }
        pages.render(ctx, "inventory.jte", new InventoryPage(pages.shell(ctx), tree, columns, asOf));
    }

    /** Unstamped, the consignee's regions, and any other region that still holds units. */
    static List<Bucket> columns(Set<Region> regions, InventoryTree tree) {
        List<Bucket> columns = new ArrayList<>();
        for (Bucket bucket : Bucket.values()) {
            if (bucket == Bucket.UNSTAMPED || regions.contains(bucket.region()) || tree.holds(bucket)) {
                columns.add(bucket);
            }
        }
        return columns;
    }

    private void csv(Context ctx, InventoryTree tree, List<Bucket> columns, Instant asOf) {
        var msg = pages.messages(ctx);
        List<String> header = new ArrayList<>(List.of(msg.get("catalog.category"), msg.get("catalog.product"),
                msg.get("catalog.size"), msg.get("catalog.sku")));
        columns.forEach(b -> header.add(msg.get("bucket." + b.name())));
        header.add(msg.get("inventory.total"));
        header.add(msg.get("inventory.asOf", asOf.toString()));
        try (CsvExport csv = CsvExport.start(ctx, "inventory-" + LocalDate.ofInstant(asOf, Model.ZONE) + ".csv",
                header)) {
            for (var category : tree.categories()) {
                for (var product : category.children()) {
                    for (var variant : product.children()) {
                        List<Object> row = new ArrayList<>(List.of(category.name(), product.name(), variant.name(),
                                variant.sku()));
                        columns.forEach(b -> row.add(variant.totals().get(b)));
                        row.add(variant.totals().all());
                        csv.row(row);
                    }
                }
            }
        }
    }
}
