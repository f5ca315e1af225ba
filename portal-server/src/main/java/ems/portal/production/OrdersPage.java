package ems.portal.production;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import ems.production.OrderRow;
import ems.production.OrderStatus;
import java.util.List;

/** /production/orders: the filter as typed and one page of orders. */
public record OrdersPage(Shell shell, String status, String q, String sort, FormErrors errors, List<OrderRow> rows,
                         String nextLink, String firstLink, boolean filtered, String csvLink) {

    public List<OrderStatus> statuses() {
        return List.of(OrderStatus.values());
    }
}
