package ems.portal.web;

import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a page, in one place. No stack trace or exception text ever reaches the browser;
 * a server error shows a correlation id that is also in the log line.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    public static final String REQUEST_ID = "ems.requestId";

    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.exception(NotFoundException.class, (e, ctx) -> show(ctx, 404));
        routes.exception(StaleVersionException.class, (e, ctx) -> show(ctx, 409));
        routes.exception(ValidationException.class, (e, ctx) -> show(ctx, 400));
        routes.exception(HttpResponseException.class, (e, ctx) -> show(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed [{}]", ctx.method(), ctx.path(), ctx.attribute(REQUEST_ID), e);
            show(ctx, 500);
        });
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                show(ctx, 404);
            }
        });
    }

    private void show(Context ctx, int status) {
        int shown = switch (status) {
            case 400, 403, 404, 405, 409, 413, 429 -> status;
            default -> status >= 500 ? 500 : 400;
        };
        ctx.status(shown);
        try {
            pages.render(ctx, "error.jte", new ErrorPage(pages.shell(ctx), shown, "error.title." + shown,
                    "error.message." + shown, ctx.attribute(REQUEST_ID)));
        } catch (RuntimeException renderFailure) {
            // The database may be what failed: fall back to a page that needs nothing.
            LOG.error("error page failed [{}]", ctx.attribute(REQUEST_ID), renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result("Error " + shown + ". Reference: "
                    + ctx.attribute(REQUEST_ID));
        }
    }
}
