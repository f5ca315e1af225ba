package ems.portal;

import ems.Model;
import ems.portal.web.Cookies;
import ems.portal.web.Csrf;
import ems.portal.web.ErrorPages;
import ems.portal.web.Pages;
import ems.portal.web.SecurityFilter;
import ems.portal.web.SecurityHeaders;
import ems.portal.web.Templates;
import io.javalin.Javalin;
import java.util.UUID;

/** The composition root of the portal: builds the Javalin app over an opened model. */
public final class PortalServer {

    private PortalServer() {
    }

    /** Creates the app without starting it (tests start it on a free port). */
    public static Javalin create(Model model, PortalSettings settings) {
        Templates templates = Templates.create(settings.templatesDir());
        Pages pages = new Pages(model.sessions(), templates, Routes.NAV, model.notifications()::unread);
        Cookies cookies = new Cookies(settings.secure());
        Csrf csrf = new Csrf(cookies);
        SecurityHeaders headers = new SecurityHeaders(settings.secure());
        SecurityFilter filter = new SecurityFilter(pages);
        ErrorPages errors = new ErrorPages(pages);
        Controllers controllers = Controllers.create(model, pages, cookies, csrf);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 2_000_000L;
            config.router.ignoreTrailingSlashes = true;
            config.routes.before(ctx -> {
                ctx.attribute(ErrorPages.REQUEST_ID, UUID.randomUUID().toString().substring(0, 8));
                ctx.header("X-Request-Id", ctx.<String>attribute(ErrorPages.REQUEST_ID));
                headers.apply(ctx);
            });
            config.routes.beforeMatched(filter::check);
            errors.register(config.routes);
            Routes.register(config.routes, controllers);
        });
    }
}
