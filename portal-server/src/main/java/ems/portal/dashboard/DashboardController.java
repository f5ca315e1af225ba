package ems.portal.dashboard;

import ems.catalog.CatalogService;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.portal.web.Notices;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.account.PortalPrincipal;
import io.javalin.http.Context;
import java.util.Set;

/** GET / — names the signed-in account's consignee and summarises its data. */
public final class DashboardController {

    private static final Set<String> NOTICES = Set.of("passwordChanged");

    private final ConsigneeService consignees;
    private final CatalogService catalog;
    private final Pages pages;

    public DashboardController(ConsigneeService consignees, CatalogService catalog, Pages pages) {
        this.consignees = consignees;
        this.catalog = catalog;
        this.pages = pages;
    }

    public void show(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Consignee consignee = consignees.get(user.scope());
        pages.render(ctx, "dashboard.jte", new DashboardPage(pages.shell(ctx), consignee.legalName(),
                consignee.code(), consignee.regions(), catalog.catalogue(user.scope()),
                Notices.from(ctx, NOTICES)));
    }
}
