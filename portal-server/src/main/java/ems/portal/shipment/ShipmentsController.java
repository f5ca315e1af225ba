package ems.portal.shipment;

import ems.Model;
import ems.account.PortalPrincipal;
import ems.error.ValidationException;
import ems.portal.web.CsvExport;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.shipment.ShipmentFilter;
import ems.shipment.ShipmentService;
import ems.trace.TraceService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** /shipments and /shipments/{id}: the signed-in consignee's inbound shipments, nobody else's. */
public final class ShipmentsController {

    private final ShipmentService shipments;
    private final TraceService trace;
    private final Pages pages;
    private final Clock clock;

    public ShipmentsController(ShipmentService shipments, TraceService trace, Pages pages, Clock clock) {
        this.shipments = shipments;
        this.trace = trace;
        this.pages = pages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        ShipmentQuery query = ShipmentQuery.of(ctx);
        ShipmentFilter filter;
        try {
            filter = query.filter();
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, query, FormErrors.of(e, pages.messages(ctx)), List.of(), null);
            return;
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            csv(ctx, user, filter);
            return;
        }
        var page = shipments.page(user.scope(), filter, ctx.queryParam("after"));
        render(ctx, query, FormErrors.none(), page.rows(),
                page.nextCursor() == null ? null : query.link("after", page.nextCursor()));
    }

    public void detail(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        long id = Params.id(ctx);
        var detail = shipments.detail(user.scope(), id);
        pages.render(ctx, "shipment.jte", new ShipmentPage(pages.shell(ctx), detail,
                trace.forShipment(user.scope(), id, user.sections())));
    }

    private void render(Context ctx, ShipmentQuery query, FormErrors errors, List<ems.shipment.Shipment> rows,
                        String nextLink) {
        boolean filtered = !(query.phase() + query.from() + query.to() + query.q()).isEmpty();
        pages.render(ctx, "shipments.jte", new ShipmentsPage(pages.shell(ctx), query.phase(), query.from(), query.to(),
                query.q(), query.sort(), errors, rows, nextLink, ctx.queryParam("after") == null ? null
                : query.link("after", ""), query.link("format", "csv"), filtered));
    }

    private void csv(Context ctx, PortalPrincipal user, ShipmentFilter filter) {
        var msg = pages.messages(ctx);
        try (CsvExport csv = CsvExport.start(ctx, "shipments-" + LocalDate.ofInstant(clock.instant(), Model.ZONE) + ".csv", List.of(
                msg.get("shipments.number"), msg.get("shipments.carrier"), msg.get("shipments.tracking"),
                msg.get("shipments.origin"), msg.get("shipments.phase"), msg.get("shipments.expectedArrival"),
                msg.get("shipments.actualArrival"), msg.get("shipments.boxes"), msg.get("shipments.units"),
                msg.get("shipments.created")))) {
            shipments.each(user.scope(), filter, s -> csv.row(List.of(s.number(), s.carrier(), s.trackingNumber(),
                    s.origin(), msg.get("phase." + s.phase().name()), s.expectedArrival(),
                    s.actualArrival() == null ? "" : s.actualArrival(), s.boxCount(), s.unitCount(), s.createdAt())));
        }
    }
}
