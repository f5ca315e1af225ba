package ems.portal.account;

import ems.account.PortalAccountService;
import ems.error.ValidationException;
import ems.i18n.Language;
import ems.portal.web.Cookies;
import ems.portal.web.FormErrors;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.account.PortalPrincipal;
import ems.account.SessionService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/** /account: the signed-in person's own name, language and password. */
public final class AccountController {

    private static final Set<String> NOTICES = Set.of("profileSaved", "passwordChanged");

    private final PortalAccountService accounts;
    private final SessionService sessions;
    private final Pages pages;

    public AccountController(PortalAccountService accounts, SessionService sessions, Pages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
    }

    public void show(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        render(ctx, user.name(), user.language().code(), FormErrors.none(), FormErrors.none(),
                Notices.from(ctx, NOTICES));
    }

    public void saveProfile(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        String name = ctx.formParam("name");
        String language = ctx.formParam("language");
        try {
            if (!"en".equals(language) && !"fr".equals(language)) {
                throw ValidationException.of("language", "error.language");
            }
            accounts.setName(user.accountId(), name);
            accounts.setLanguage(user.accountId(), Language.fromCode(language));
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, name, user.language().code(), FormErrors.of(e, pages.messages(ctx)), FormErrors.none(), null);
            return;
        }
        ctx.redirect("/account?notice=profileSaved", HttpStatus.SEE_OTHER);
    }

    public void changePassword(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        try {
            accounts.changeOwnPassword(user.accountId(), ctx.formParam("currentPassword"),
                    ctx.formParam("newPassword"), ctx.formParam("newPasswordConfirm"));
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, user.name(), user.language().code(), FormErrors.none(), FormErrors.of(e, pages.messages(ctx)),
                    null);
            return;
        }
        if ("on".equals(ctx.formParam("signOutOthers"))) {
            sessions.endOthers(user.accountId(), ctx.cookie(Cookies.SESSION));
        }
        ctx.redirect("/account?notice=passwordChanged", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String name, String language, FormErrors profile, FormErrors password,
                        String notice) {
        PortalPrincipal user = pages.principal(ctx);
        int others = Math.max(0, sessions.countFor(user.accountId()) - 1);
        pages.render(ctx, "account.jte", new AccountPage(pages.shell(ctx), name, language, profile, password,
                notice, others));
    }

}
