package ems.portal.outbound;

import ems.account.PortalPrincipal;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.outbound.OutboundDetail;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundService;
import ems.outbound.OutboundStatus;
import ems.pdf.Letterhead;
import ems.pdf.OutboundPdf;
import ems.portal.web.CsvExport;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.portal.web.PdfDownload;
import ems.portal.web.QueryLinks;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** /outbound: the consignee's dispatched deliveries, their tracking, and both shipping documents. */
public final class OutboundController {

    private final OutboundService outbound;
    private final Pages pages;
    private final Letterhead letterhead;

    private final java.time.Clock clock;

    public OutboundController(OutboundService outbound, Pages pages, Letterhead letterhead, java.time.Clock clock) {
        this.clock = clock;
        this.outbound = outbound;
        this.pages = pages;
        this.letterhead = letterhead;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        String status = QueryLinks.param(ctx, "status");
        String q = QueryLinks.param(ctx, "q");
        String sort = "OLDEST".equals(QueryLinks.param(ctx, "sort")) ? "OLDEST" : "";
        boolean oldestFirst = !sort.isEmpty();
        OutboundStatus chosen = null;
        for (OutboundStatus s : OutboundStatus.values()) {
            if (s.name().equals(status) && s.isDispatched()) {
                chosen = s;
            }
        }
        Validation v = new Validation();
        String search = v.optionalText("q", q, 60);
        List<OutboundOrder> rows = List.of();
        String next = null;
        FormErrors errors = FormErrors.none();
        try {
            v.throwIfInvalid();
            if ("csv".equals(ctx.queryParam("format"))) {
                csv(ctx, user, chosen, search, oldestFirst);
                return;
            }
            var page = outbound.page(user.scope(), chosen, search, oldestFirst, ctx.queryParam("after"));
            rows = page.rows();
            next = page.nextCursor() == null ? null
                    : QueryLinks.link("/outbound", "status", status, "q", q, "sort", sort, "after", page.nextCursor());
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            errors = FormErrors.of(e, pages.messages(ctx));
        }
        pages.render(ctx, "outbound-list.jte", new OutboundListPage(pages.shell(ctx), status, q, sort, errors, rows,
                next, ctx.queryParam("after") == null ? null
                : QueryLinks.link("/outbound", "status", status, "q", q, "sort", sort),
                QueryLinks.link("/outbound", "status", status, "q", q, "sort", sort, "format", "csv")));
    }

    private void csv(Context ctx, PortalPrincipal user, OutboundStatus status, String search, boolean oldestFirst) {
        var msg = pages.messages(ctx);
        try (CsvExport csv = CsvExport.start(ctx, "outbound-" + java.time.LocalDate.ofInstant(clock.instant(), ems.Model.ZONE) + ".csv",
                List.of(msg.get("outbound.number"), msg.get("outbound.destination"), msg.get("po.region"),
                        msg.get("shipments.carrier"), msg.get("shipments.tracking"), msg.get("po.status"),
                        msg.get("outbound.dispatched"), msg.get("outbound.delivered")))) {
            outbound.each(user.scope(), status, search, oldestFirst, o -> csv.row(List.of(o.number(), o.destinationName(),
                    msg.get("region." + o.region().name()), o.carrier(), o.trackingNumber(),
                    msg.get("outboundStatus." + o.status().name()), o.dispatchedAt(),
                    o.deliveredAt() == null ? "" : o.deliveredAt())));
        }
    }

    public void detail(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        pages.render(ctx, "outbound.jte", new OutboundPage(pages.shell(ctx),
                outbound.detail(user.scope(), Params.id(ctx))));
    }

    public void packingSlip(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        OutboundDetail detail = outbound.detail(user.scope(), Params.id(ctx));
        PdfDownload.send(ctx, detail.order().number() + "-packing-slip.pdf", false,
                out -> OutboundPdf.packingSlip(detail, letterhead, user.language(), out));
    }

    public void billOfLading(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        OutboundDetail detail = outbound.detail(user.scope(), Params.id(ctx));
        PdfDownload.send(ctx, detail.order().number() + "-bill-of-lading.pdf", false,
                out -> OutboundPdf.billOfLading(detail, letterhead, user.language(), out));
    }
}
