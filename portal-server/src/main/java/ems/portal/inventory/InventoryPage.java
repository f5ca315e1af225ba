package ems.portal.inventory;

import ems.inventory.Bucket;
import ems.inventory.InventoryTree;
import ems.portal.web.Shell;
import java.time.Instant;
import java.util.List;

/** /inventory: the drilldown, the bucket columns this consignee uses, and when the figures were read. */
public record InventoryPage(Shell shell, InventoryTree tree, List<Bucket> columns, Instant asOf) {
}
