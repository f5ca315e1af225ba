package ems.portal.report;

import ems.account.PortalPrincipal;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.error.ValidationException;
import ems.pdf.Letterhead;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.portal.web.PdfDownload;
import ems.portal.web.QueryLinks;
import ems.report.ReportRequest;
import ems.report.ReportService;
import ems.report.ReportType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * /reports: the report types this account may see, generated on demand as a PDF that opens in the
 * browser's own viewer (or downloads). Rate-limited per account.
 */
public final class ReportsController {

    static final int PER_MINUTE = 10;

    private final ReportService reports;
    private final ConsigneeService consignees;
    private final Pages pages;
    private final Letterhead letterhead;
    private final Clock clock;
    private final ReportRateLimit limit;

    public ReportsController(ReportService reports, ConsigneeService consignees, Pages pages, Letterhead letterhead,
                             Clock clock) {
        this.reports = reports;
        this.consignees = consignees;
        this.pages = pages;
        this.letterhead = letterhead;
        this.clock = clock;
        this.limit = new ReportRateLimit(PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    public void form(Context ctx) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ems.Model.ZONE);
        render(ctx, new ReportsPage.Form(QueryLinks.param(ctx, "type"), today.withDayOfMonth(1).toString(),
                today.toString()), FormErrors.none());
    }

    public void generate(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        ReportsPage.Form typed = new ReportsPage.Form(QueryLinks.param(ctx, "type"), QueryLinks.param(ctx, "from"),
                QueryLinks.param(ctx, "to"));
        ReportRequest request;
        try {
            request = ReportRequest.parse(typed.type(), typed.from(), typed.to());
        } catch (ValidationException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, typed, FormErrors.of(e, pages.messages(ctx)));
            return;
        }
        if (!user.canSee(request.type().section())) {
            ctx.status(HttpStatus.FORBIDDEN);
            render(ctx, typed, FormErrors.single("type", pages.messages(ctx).error(
                    new ems.error.FieldError("type", "error.report.type", List.of()))));
            return;
        }
        if (!limit.tryAcquire(user.accountId())) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", "60");
            render(ctx, typed, FormErrors.single("type", pages.messages(ctx).error(
                    new ems.error.FieldError("type", "error.report.tooMany", List.of()))));
            return;
        }
        Consignee consignee = consignees.get(user.scope());
        boolean download = ctx.queryParam("download") != null;
        PdfDownload.send(ctx, reports.fileName(consignee, request), !download,
                out -> reports.write(user.scope(), request, user.language(), letterhead, out));
    }

    private void render(Context ctx, ReportsPage.Form form, FormErrors errors) {
        PortalPrincipal user = pages.principal(ctx);
        List<ReportType> types = Arrays.stream(ReportType.values()).filter(t -> user.canSee(t.section())).toList();
        pages.render(ctx, "reports.jte", new ReportsPage(pages.shell(ctx), types, form, errors));
    }
}
