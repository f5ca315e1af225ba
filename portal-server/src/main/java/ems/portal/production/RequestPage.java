package ems.portal.production;

import ems.portal.web.Shell;
import ems.production.PoRequestDetail;
import ems.production.PoStatus;
import ems.production.ProductionOrder;

/**
 * /production/requests/{id}: status, the warehouse's latest word, every revision with its changes, the
 * notes thread and the timeline; the order it became, if approved. {@code problem} explains a refused
 * action (someone else was first).
 */
public record RequestPage(Shell shell, PoRequestDetail detail, String sourceNumber, ProductionOrder order,
                          String notice, String problem) {

    public boolean canRevise() {
        return detail.request().status() == PoStatus.REVISION_REQUESTED;
    }

    public boolean canWithdraw() {
        return detail.request().status().isOpen();
    }
}
