package ems.portal.web;

import ems.account.PortalPrincipal;
import ems.account.Tokens;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/**
 * CSRF tokens. A signed-in form carries the session's token. The sign-in form, which has no session
 * yet, carries a random token that must match a cookie set with the form (double submit).
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String PRE_SESSION_ATTRIBUTE = "ems.preSessionCsrf";

    private final Cookies cookies;

    public Csrf(Cookies cookies) {
        this.cookies = cookies;
    }

    /** Makes sure the browser holds a pre-session token, and exposes it to the page being rendered. */
    public void issuePreSessionToken(Context ctx) {
        String token = ctx.cookie(Cookies.PRE_SESSION_CSRF);
        if (token == null || token.length() < 20 || token.length() > 100) {
            token = Tokens.random();
            cookies.set(ctx, Cookies.PRE_SESSION_CSRF, token);
        }
        ctx.attribute(PRE_SESSION_ATTRIBUTE, token);
    }

    /** @throws ForbiddenResponse unless the request carries the signed-in session's token */
    public static void verify(Context ctx, PortalPrincipal user) {
        if (!Tokens.same(submitted(ctx), user.csrfToken())) {
            throw new ForbiddenResponse("csrf");
        }
    }

    /** @throws ForbiddenResponse unless the request's token matches its pre-session cookie */
    public static void verifyPreSession(Context ctx) {
        String cookie = ctx.cookie(Cookies.PRE_SESSION_CSRF);
        if (!Tokens.same(submitted(ctx), cookie)) {
            throw new ForbiddenResponse("csrf");
        }
    }

    private static String submitted(Context ctx) {
        String header = ctx.header(HEADER);
        return header != null ? header : ctx.formParam(FIELD);
    }
}
