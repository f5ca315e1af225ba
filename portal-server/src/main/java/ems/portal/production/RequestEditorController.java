package ems.portal.production;

import ems.Model;
import ems.account.PortalPrincipal;
import ems.catalog.CatalogRow;
import ems.catalog.CatalogService;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.consignee.Region;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import ems.production.PoRequest;
import ems.production.PoRequestDetail;
import ems.production.PoStatus;
import ems.production.ProductionRequestService;
import ems.production.RequestFilter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Writing a request: a new one (empty, or started from a previous request) and the revision the
 * customer resubmits after a send-back. Every check is the model's; this only reads and shows the grid.
 */
public final class RequestEditorController {

    private final ProductionRequestService requests;
    private final CatalogService catalog;
    private final ConsigneeService consignees;
    private final Pages pages;
    private final Clock clock;

    public RequestEditorController(ProductionRequestService requests, CatalogService catalog,
                                   ConsigneeService consignees, Pages pages, Clock clock) {
        this.requests = requests;
        this.catalog = catalog;
        this.consignees = consignees;
        this.pages = pages;
        this.clock = clock;
    }

    /** GET /production/requests/new, optionally {@code ?from=<id>} to start from a previous request. */
    public void newForm(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Consignee consignee = consignees.get(user.scope());
        List<CatalogRow> catalogue = catalog.catalogue(user.scope());
        List<Region> regions = regions(consignee);
        Long sourceId = sourceId(ctx.queryParam("from"));
        if (sourceId == null) {
            render(ctx, user, RequestGrid.empty(catalogue, regions, consignee.stampSequenceRequirements()),
                    FormErrors.none(), null, null, 0, null);
            return;
        }
        PoRequestDetail source = requests.detail(user.scope(), sourceId);
        render(ctx, user, RequestGrid.of(catalogue, regions, source.current(), false), FormErrors.none(), null,
                source.request(), RequestGrid.notCarried(catalogue, regions, source.current()), null);
    }

    /** POST /production/requests: submits a new request, or shows the grid back with the problems. */
    public void submit(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Consignee consignee = consignees.get(user.scope());
        List<CatalogRow> catalogue = catalog.catalogue(user.scope());
        RequestGrid grid = RequestGrid.posted(catalogue, regions(consignee), ctx.formParamMap());
        Long sourceId = sourceId(ctx.formParam("sourceRequestId"));
        PoRequest source = sourceId == null ? null : sourceOrNull(user, sourceId);
        try {
            PoRequest created = requests.submit(user.actor(), user.scope(), grid.toForm(),
                    source == null ? null : source.id());
            ctx.redirect("/production/requests/" + created.id() + "?notice=submitted", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, user, grid, FormErrors.of(e, pages.messages(ctx)), null, source, 0, null);
        }
    }

    /** GET /production/requests/{id}/revise: the current revision in the grid, while revision is requested. */
    public void reviseForm(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PoRequestDetail detail = requests.detail(user.scope(), Params.id(ctx));
        if (detail.request().status() != PoStatus.REVISION_REQUESTED) {
            ctx.redirect("/production/requests/" + detail.request().id(), HttpStatus.SEE_OTHER);
            return;
        }
        Consignee consignee = consignees.get(user.scope());
        List<CatalogRow> catalogue = catalog.catalogue(user.scope());
        List<Region> regions = regions(consignee);
        render(ctx, user, RequestGrid.of(catalogue, regions, detail.current(), true), FormErrors.none(),
                detail.request(), null, RequestGrid.notCarried(catalogue, regions, detail.current()), null);
    }

    /** POST /production/requests/{id}/resubmit: the revised request, against the version the customer saw. */
    public void resubmit(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PoRequest request = requests.detail(user.scope(), Params.id(ctx)).request();
        Consignee consignee = consignees.get(user.scope());
        RequestGrid grid = RequestGrid.posted(catalog.catalogue(user.scope()), regions(consignee),
                ctx.formParamMap());
        try {
            requests.resubmit(user.actor(), user.scope(), request.id(), RequestsController.version(ctx), grid.toForm());
            ctx.redirect("/production/requests/" + request.id() + "?notice=resubmitted", HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            boolean transition = e.errorFor("status") != null;
            ctx.status(transition ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, user, grid, FormErrors.of(e, pages.messages(ctx)), request, null, 0,
                    transition ? pages.messages(ctx).error(e.errorFor("status")) : null);
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, user, grid, FormErrors.none(), requests.detail(user.scope(), request.id()).request(), null, 0,
                    pages.messages(ctx).get("po.stale"));
        }
    }

    private void render(Context ctx, PortalPrincipal user, RequestGrid grid, FormErrors errors, PoRequest revising,
                        PoRequest source, int notCarried, String problem) {
        var previous = revising != null ? List.<ems.production.RequestRow>of()
                : requests.page(user.scope(), RequestFilter.all(), null).rows();
        pages.render(ctx, "request-form.jte", new RequestFormPage(pages.shell(ctx), grid, errors, revising, source,
                notCarried, previous, LocalDate.ofInstant(clock.instant(), Model.ZONE), problem));
    }

    private PoRequest sourceOrNull(PortalPrincipal user, long sourceId) {
        try {
            return requests.detail(user.scope(), sourceId).request();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static List<Region> regions(Consignee consignee) {
        return consignee.regions().stream().sorted().toList();
    }

    private static Long sourceId(String raw) {
        return raw == null || !raw.strip().matches("\\d{1,18}") ? null : Long.parseLong(raw.strip());
    }
}
