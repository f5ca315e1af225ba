package ems.portal.dashboard;

import ems.account.PortalPrincipal;
import ems.account.Section;
import ems.catalog.CatalogService;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.inventory.InventoryService;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.production.ProductionRequestService;
import ems.shipment.ShipmentService;
import io.javalin.http.Context;
import java.util.Set;

/** GET / — names the signed-in account's consignee, with a widget for each section it may see. */
public final class DashboardController {

    private static final Set<String> NOTICES = Set.of("passwordChanged");

    private final ConsigneeService consignees;
    private final CatalogService catalog;
    private final ShipmentService shipments;
    private final InventoryService inventory;
    private final ProductionRequestService requests;
    private final ems.invoice.InvoiceService invoices;
    private final Pages pages;

    public DashboardController(ConsigneeService consignees, CatalogService catalog, ShipmentService shipments,
                               InventoryService inventory, ProductionRequestService requests,
                               ems.invoice.InvoiceService invoices, Pages pages) {
        this.invoices = invoices;
        this.requests = requests;
        this.consignees = consignees;
        this.catalog = catalog;
        this.shipments = shipments;
        this.inventory = inventory;
        this.pages = pages;
    }

    public void show(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Consignee consignee = consignees.get(user.scope());
        pages.render(ctx, "dashboard.jte", new DashboardPage(pages.shell(ctx), consignee.legalName(),
                consignee.code(), consignee.regions(), catalog.catalogue(user.scope()),
                user.canSee(Section.SHIPMENTS) ? shipments.inFlightByPhase(user.scope()) : null,
                user.canSee(Section.INVENTORY) ? inventory.tree(user.scope()).totals() : null,
                user.canSee(Section.PRODUCTION) ? requests.counts(user.consigneeId()) : null,
                user.canSee(Section.INVOICES) ? invoices.totals(user.scope(), ems.invoice.InvoiceCategory.OUTSTANDING)
                        : null,
                Notices.from(ctx, NOTICES)));
    }
}
