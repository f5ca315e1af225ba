package ems.portal.dashboard;

import ems.catalog.CatalogRow;
import ems.consignee.Region;
import ems.inventory.InventoryTree;
import ems.portal.web.Shell;
import ems.shipment.Phase;
import java.util.List;
import java.util.Map;
import ems.production.PoStatus;
import java.util.Set;

/**
 * The landing page after sign-in: whose portal this is, and a widget per section the account may see
 * ({@code phaseCounts} and {@code inventory} are null when it may not).
 */
public record DashboardPage(Shell shell, String consigneeName, String consigneeCode, Set<Region> regions,
                            List<CatalogRow> catalogue, Map<Phase, Integer> phaseCounts,
                            InventoryTree.Totals inventory, Map<PoStatus, Integer> requestCounts,
                            ems.invoice.CategoryTotals outstanding, String notice) {

    /** Requests still being negotiated: waiting for the warehouse or for the customer. */
    public int openRequests() {
        return requestCounts.get(PoStatus.SUBMITTED) + requestCounts.get(PoStatus.REVISION_REQUESTED);
    }


    public long productCount() {
        return catalogue.stream().map(CatalogRow::productId).distinct().count();
    }

    public long variantCount() {
        return catalogue.stream().filter(r -> r.variantId() != null).count();
    }

    public int inFlight() {
        return phaseCounts.entrySet().stream().filter(e -> e.getKey().inFlight()).mapToInt(Map.Entry::getValue).sum();
    }
}
