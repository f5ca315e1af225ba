package ems.portal.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The portal's two cookies: the session, and the sign-in form's CSRF token before there is a session. */
public final class Cookies {

    public static final String SESSION = "ems_session";
    public static final String PRE_SESSION_CSRF = "ems_csrf";

    private final boolean secure;

    /** @param secure true when the portal is served over TLS, so cookies never travel in clear text */
    public Cookies(boolean secure) {
        this.secure = secure;
    }

    /** A session cookie (no max-age): the server decides when the session ends, not the browser. */
    public void set(Context ctx, String name, String value) {
        ctx.cookie(new Cookie(name, value, "/", -1, secure, true, null, SameSite.LAX));
    }

    public void clear(Context ctx, String name) {
        ctx.cookie(new Cookie(name, "", "/", 0, secure, true, null, SameSite.LAX));
    }
}
