package ems.portal.auth;

import ems.account.PortalAccount;
import ems.account.PortalAccountService;
import ems.i18n.Language;
import ems.portal.web.Cookies;
import ems.portal.web.Csrf;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.portal.web.SecurityFilter;
import ems.account.SessionService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;

/** Signing in and out. A successful sign-in always gets a brand-new session id. */
public final class LoginController {

    private static final Set<String> NOTICES = Set.of("signedOut", "expired");

    private final PortalAccountService accounts;
    private final SessionService sessions;
    private final Pages pages;
    private final Cookies cookies;
    private final Csrf csrf;

    public LoginController(PortalAccountService accounts, SessionService sessions, Pages pages, Cookies cookies,
                           Csrf csrf) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
        this.cookies = cookies;
        this.csrf = csrf;
    }

    public void form(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            cookies.set(ctx, Pages.LANG_COOKIE, Language.fromCode(lang).code());
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        if (pages.principal(ctx) != null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, "", ctx.queryParam("next"), false, Notices.from(ctx, NOTICES));
    }

    public void signIn(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String next = ctx.formParam("next");
        Optional<PortalAccount> account = accounts.authenticate(email, ctx.formParam("password"));
        if (account.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, email.length() > 254 ? "" : email.strip(), next, true, null);
            return;
        }
        // Rotation: whatever session this browser had is ended, and a new id is issued.
        sessions.end(ctx.cookie(Cookies.SESSION));
        cookies.set(ctx, Cookies.SESSION, sessions.start(account.get().id()));
        cookies.clear(ctx, Cookies.PRE_SESSION_CSRF);
        pages.forgetPrincipal(ctx);
        String target = account.get().mustChangePassword() ? "/password" : SecurityFilter.safeNext(next);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    public void signOut(Context ctx) {
        // The sign-in page that follows keeps speaking the language the customer chose.
        cookies.set(ctx, Pages.LANG_COOKIE, pages.language(ctx).code());
        sessions.end(ctx.cookie(Cookies.SESSION));
        cookies.clear(ctx, Cookies.SESSION);
        pages.forgetPrincipal(ctx);
        ctx.redirect("/login?notice=signedOut", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String email, String next, boolean failed, String notice) {
        csrf.issuePreSessionToken(ctx);
        pages.render(ctx, "login.jte", new LoginPage(pages.shell(ctx), email,
                SecurityFilter.safeNext(next), failed, notice));
    }
}
