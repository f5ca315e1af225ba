package ems.portal.auth;

import ems.account.PortalAccountService;
import ems.error.ValidationException;
import ems.portal.web.FormErrors;
import ems.portal.web.Pages;
import ems.account.PortalPrincipal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * A password set by staff must be replaced before anything else; the security filter sends every other
 * page here until it is.
 */
public final class PasswordController {

    private final PortalAccountService accounts;
    private final Pages pages;

    public PasswordController(PortalAccountService accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    public void form(Context ctx) {
        if (!pages.principal(ctx).mustChangePassword()) {
            ctx.redirect("/account", HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, "password.jte", new PasswordPage(pages.shell(ctx), FormErrors.none()));
    }

    public void change(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        if (!user.mustChangePassword()) {
            ctx.redirect("/account", HttpStatus.SEE_OTHER);
            return;
        }
        try {
            accounts.changeOwnPassword(user.accountId(), null, ctx.formParam("newPassword"),
                    ctx.formParam("newPasswordConfirm"));
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            pages.render(ctx, "password.jte", new PasswordPage(pages.shell(ctx), FormErrors.of(e, pages.messages(ctx))));
            return;
        }
        ctx.redirect("/?notice=passwordChanged", HttpStatus.SEE_OTHER);
    }
}
