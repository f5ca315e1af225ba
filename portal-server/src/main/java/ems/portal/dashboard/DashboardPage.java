package ems.portal.dashboard;

import ems.catalog.CatalogRow;
import ems.consignee.Region;
import ems.portal.web.Shell;
import java.util.List;
import java.util.Set;

/** The landing page after sign-in: whose portal this is, and what it holds so far. */
public record DashboardPage(Shell shell, String consigneeName, String consigneeCode, Set<Region> regions,
                            List<CatalogRow> catalogue, String notice) {

    public long productCount() {
        return catalogue.stream().map(CatalogRow::productId).distinct().count();
    }

    public long variantCount() {
        return catalogue.stream().filter(r -> r.variantId() != null).count();
    }
}
