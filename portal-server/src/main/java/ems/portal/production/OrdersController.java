package ems.portal.production;

import ems.account.PortalPrincipal;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.portal.web.QueryLinks;
import ems.production.OrderRow;
import ems.production.OrderStatus;
import ems.production.ProductionOrderDetail;
import ems.production.ProductionOrderService;
import ems.production.ProductionRequestService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** /production/orders and /production/orders/{id}: what the consignee's approved requests became. */
public final class OrdersController {

    private final ProductionOrderService orders;
    private final ProductionRequestService requests;
    private final Pages pages;

    public OrdersController(ProductionOrderService orders, ProductionRequestService requests, Pages pages) {
        this.orders = orders;
        this.requests = requests;
        this.pages = pages;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        String status = QueryLinks.param(ctx, "status");
        String q = QueryLinks.param(ctx, "q");
        String sort = "OLDEST".equals(QueryLinks.param(ctx, "sort")) ? "OLDEST" : "";
        boolean oldestFirst = !sort.isEmpty();
        OrderStatus chosen = null;
        for (OrderStatus s : OrderStatus.values()) {
            if (s.name().equals(status)) {
                chosen = s;
            }
        }
        Validation v = new Validation();
        String search = v.optionalText("q", q, 60);
        try {
            v.throwIfInvalid();
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, status, q, sort, FormErrors.of(e, pages.messages(ctx)), List.of(), null, null);
            return;
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            var msg = pages.messages(ctx);
            try (ems.portal.web.CsvExport csv = ems.portal.web.CsvExport.start(ctx, "production-orders.csv", List.of(
                    msg.get("orders.number"), msg.get("orders.request"), msg.get("po.status"),
                    msg.get("orders.scheduled"), msg.get("po.units"), msg.get("orders.produced"),
                    msg.get("orders.created"), msg.get("orders.completed")))) {
                orders.each(user.scope(), chosen, search, oldestFirst, o -> csv.row(List.of(o.number(), o.requestNumber(),
                        msg.get("orderStatus." + o.status().name()), o.scheduledDate() == null ? "" : o.scheduledDate(),
                        o.units(), o.produced(), o.createdAt(), o.completedAt() == null ? "" : o.completedAt())));
            }
            return;
        }
        var page = orders.page(user.scope(), chosen, search, oldestFirst, ctx.queryParam("after"));
        String next = page.nextCursor() == null ? null : QueryLinks.link("/production/orders", "status", status, "q",
                q, "sort", sort, "after", page.nextCursor());
        String first = ctx.queryParam("after") == null ? null
                : QueryLinks.link("/production/orders", "status", status, "q", q, "sort", sort);
        render(ctx, status, q, sort, FormErrors.none(), page.rows(), next, first);
    }

    public void detail(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        ProductionOrderDetail detail = orders.detail(user.scope(), Params.id(ctx));
        String requestNumber = requests.detail(user.scope(), detail.order().requestId()).request().number();
        pages.render(ctx, "order.jte", new OrderPage(pages.shell(ctx), detail, requestNumber));
    }

    private void render(Context ctx, String status, String q, String sort, FormErrors errors, List<OrderRow> rows,
                        String next, String first) {
        pages.render(ctx, "orders.jte", new OrdersPage(pages.shell(ctx), status, q, sort, errors, rows, next, first,
                !(status + q).isEmpty(), QueryLinks.link("/production/orders", "status", status, "q", q, "sort", sort,
                "format", "csv")));
    }
}
