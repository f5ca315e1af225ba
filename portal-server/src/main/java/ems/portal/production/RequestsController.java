package ems.portal.production;

import ems.Model;
import ems.account.PortalPrincipal;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.portal.web.CsvExport;
import ems.portal.web.FormErrors;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.production.PoRequestDetail;
import ems.production.ProductionOrderService;
import ems.production.ProductionRequestService;
import ems.production.RequestFilter;
import ems.production.RequestRow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** /production/requests and /production/requests/{id}: the consignee's requests and their whole history. */
public final class RequestsController {

    static final Set<String> NOTICES = Set.of("submitted", "resubmitted", "withdrawn");

    private final ProductionRequestService requests;
    private final ProductionOrderService orders;
    private final Pages pages;
    private final Clock clock;

    public RequestsController(ProductionRequestService requests, ProductionOrderService orders, Pages pages,
                              Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.pages = pages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        RequestQuery query = RequestQuery.of(ctx);
        RequestFilter filter;
        try {
            filter = query.filter();
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, user, query, FormErrors.of(e, pages.messages(ctx)), List.of(), null);
            return;
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            csv(ctx, user, filter);
            return;
        }
        var page = requests.page(user.scope(), filter, ctx.queryParam("after"));
        render(ctx, user, query, FormErrors.none(), page.rows(),
                page.nextCursor() == null ? null : query.link("after", page.nextCursor()));
    }

    public void detail(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        show(ctx, user, requests.detail(user.scope(), Params.id(ctx)), Notices.from(ctx, NOTICES), null);
    }

    /** Withdraws an open request; a stale or decided one shows its current state with the reason. */
    public void withdraw(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        long id = Params.id(ctx);
        PoRequestDetail before = requests.detail(user.scope(), id);
        if (!"on".equals(ctx.formParam("confirm"))) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, user, before, null, pages.messages(ctx).get("request.withdrawConfirmRequired"));
            return;
        }
        try {
            requests.withdraw(user.actor(), user.scope(), id, version(ctx));
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, user, requests.detail(user.scope(), id), null, pages.messages(ctx).get("po.stale"));
            return;
        } catch (ValidationException e) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, user, before, null, pages.messages(ctx).error(e.errors().get(0)));
            return;
        }
        ctx.redirect("/production/requests/" + id + "?notice=withdrawn", HttpStatus.SEE_OTHER);
    }

    /** The version the form was rendered with; a missing or garbled one can only be stale. */
    static int version(Context ctx) {
        String raw = ctx.formParam("version");
        if (raw == null || !raw.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(raw);
    }

    private void show(Context ctx, PortalPrincipal user, PoRequestDetail detail, String notice, String problem) {
        var request = detail.request();
        String sourceNumber = null;
        if (request.sourceRequestId() != null) {
            sourceNumber = requests.detail(user.scope(), request.sourceRequestId()).request().number();
        }
        pages.render(ctx, "request.jte", new RequestPage(pages.shell(ctx), detail, sourceNumber,
                orders.forRequest(user.scope(), request.id()).orElse(null), notice, problem));
    }

    private void render(Context ctx, PortalPrincipal user, RequestQuery query, FormErrors errors, List<RequestRow> rows,
                        String nextLink) {
        pages.render(ctx, "requests.jte", new RequestsPage(pages.shell(ctx), query.status(), query.q(), query.sort(),
                errors, rows, nextLink, ctx.queryParam("after") == null ? null : query.link("after", ""),
                query.link("format", "csv"), query.filtered(), requests.counts(user.consigneeId())));
    }

    private void csv(Context ctx, PortalPrincipal user, RequestFilter filter) {
        var msg = pages.messages(ctx);
        try (CsvExport csv = CsvExport.start(ctx, "production-requests-"
                + LocalDate.ofInstant(clock.instant(), Model.ZONE) + ".csv", List.of(
                msg.get("po.number"), msg.get("po.status"), msg.get("po.revision"), msg.get("po.preferredFrom"),
                msg.get("po.preferredTo"), msg.get("po.lines"), msg.get("po.units"), msg.get("po.submitted"),
                msg.get("po.updated")))) {
            requests.each(user.scope(), filter, r -> csv.row(List.of(r.number(), msg.get("poStatus." + r.status()),
                    r.currentRevision(), r.preferredFrom(), r.preferredTo(), r.lineCount(), r.units(), r.createdAt(),
                    r.updatedAt())));
        }
    }
}
