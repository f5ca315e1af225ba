package ems.portal.web;

import ems.account.PortalPrincipal;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: deny by default, then sign-in, CSRF, the forced password change and
 * the route's section, in that order.
 */
public final class SecurityFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityFilter.class);
    private static final Set<String> ALLOWED_DURING_FORCED_CHANGE = Set.of("/password", "/logout");

    private final Pages pages;

    public SecurityFilter(Pages pages) {
        this.pages = pages;
    }

    public void check(Context ctx) {
        Access access = declaredAccess(ctx);
        boolean mutating = !HandlerType.GET.equals(ctx.method()) && !HandlerType.HEAD.equals(ctx.method());
        if (access == Access.PUBLIC) {
            if (mutating) {
                Csrf.verifyPreSession(ctx);
            }
            return;
        }
        PortalPrincipal user = pages.principal(ctx);
        if (user == null) {
            ctx.redirect(mutating ? "/login" : "/login?next=" + encode(nextTarget(ctx)), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (mutating) {
            Csrf.verify(ctx, user);
        }
        if (user.mustChangePassword() && !ALLOWED_DURING_FORCED_CHANGE.contains(ctx.path())) {
            ctx.redirect("/password", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!Pages.allows(user, access)) {
            throw new ForbiddenResponse("section");
        }
    }

    private static Access declaredAccess(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() == 1 && roles.iterator().next() instanceof Access access) {
            return access;
        }
        LOG.error("route {} {} declares no single access level; refused", ctx.method(), ctx.endpoint().path);
        throw new ForbiddenResponse("undeclared");
    }

    private static String nextTarget(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A local path to return to after sign-in; anything else (another host, "//x") falls back to "/". */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 500 || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
