package ems.portal.production;

import ems.portal.web.Shell;
import ems.production.OrderLine;
import ems.production.ProductionOrderDetail;

/** /production/orders/{id}: an order's status, schedule and lines with produced quantities. */
public record OrderPage(Shell shell, ProductionOrderDetail detail, String requestNumber) {

    public long units() {
        return detail.lines().stream().mapToLong(OrderLine::quantity).sum();
    }

    public long produced() {
        return detail.lines().stream().mapToLong(OrderLine::produced).sum();
    }
}
