package ems.portal.subaccount;

import ems.account.PortalAccountSummary;
import ems.account.PortalPrincipal;
import ems.account.Section;
import ems.account.SubAccountPreset;
import ems.account.SubAccountService;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.portal.web.FormErrors;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** /account/sub-accounts: a primary account's sub-accounts, within the plan's limit. */
public final class SubAccountsController {

    private static final Set<String> NOTICES = Set.of("created", "sectionsSaved", "passwordReset", "deactivated",
            "reactivated");

    private final SubAccountService subs;
    private final Pages pages;

    public SubAccountsController(SubAccountService subs, Pages pages) {
        this.subs = subs;
        this.pages = pages;
    }

    public void list(Context ctx) {
        SubAccountPreset preset = SubAccountPreset.parse(ctx.queryParam("preset"));
        Set<Section> checked = preset == null ? EnumSet.noneOf(Section.class) : preset.sections();
        render(ctx, new NewSubAccount("", "", checked), FormErrors.none(), Notices.from(ctx, NOTICES));
    }

    public void create(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        NewSubAccount form = new NewSubAccount(value(ctx, "name"), value(ctx, "email"), sections(ctx));
        try {
            subs.create(user.actor(), user.scope(), form.name(), form.email(), ctx.formParam("password"),
                    form.sections(), user.language());
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, form, FormErrors.of(e, pages.messages(ctx)), null);
            return;
        }
        ctx.redirect("/account/sub-accounts?notice=created", HttpStatus.SEE_OTHER);
    }

    public void edit(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PortalAccountSummary sub = subs.get(user.scope(), Params.id(ctx));
        renderOne(ctx, sub, sub.sections(), FormErrors.none(), Notices.from(ctx, NOTICES));
    }

    public void saveSections(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PortalAccountSummary sub = subs.get(user.scope(), Params.id(ctx));
        Set<Section> chosen = sections(ctx);
        try {
            subs.setSections(user.actor(), user.scope(), sub.id(), version(ctx), chosen);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderOne(ctx, sub, chosen, FormErrors.of(e, pages.messages(ctx)), null);
            return;
        } catch (StaleVersionException e) {
            ctx.status(HttpStatus.CONFLICT);
            renderOne(ctx, subs.get(user.scope(), sub.id()), chosen,
                    FormErrors.single("sections", pages.messages(ctx).get("subAccounts.stale")), null);
            return;
        }
        ctx.redirect("/account/sub-accounts/" + sub.id() + "?notice=sectionsSaved", HttpStatus.SEE_OTHER);
    }

    public void resetPassword(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PortalAccountSummary sub = subs.get(user.scope(), Params.id(ctx));
        try {
            subs.resetPassword(user.actor(), user.scope(), sub.id(), ctx.formParam("password"));
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderOne(ctx, sub, sub.sections(), FormErrors.of(e, pages.messages(ctx)), null);
            return;
        }
        ctx.redirect("/account/sub-accounts/" + sub.id() + "?notice=passwordReset", HttpStatus.SEE_OTHER);
    }

    public void setActive(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        PortalAccountSummary sub = subs.get(user.scope(), Params.id(ctx));
        boolean active = "true".equals(ctx.formParam("active"));
        try {
            subs.setActive(user.actor(), user.scope(), sub.id(), active);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderOne(ctx, sub, sub.sections(), FormErrors.of(e, pages.messages(ctx)), null);
            return;
        }
        ctx.redirect("/account/sub-accounts/" + sub.id() + "?notice=" + (active ? "reactivated" : "deactivated"),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, NewSubAccount form, FormErrors errors, String notice) {
        PortalPrincipal user = pages.principal(ctx);
        List<PortalAccountSummary> rows = subs.list(user.scope());
        pages.render(ctx, "sub-accounts.jte", new SubAccountsPage(pages.shell(ctx), rows, subs.usage(user.scope()),
                form, errors, notice));
    }

    private void renderOne(Context ctx, PortalAccountSummary sub, Set<Section> checked, FormErrors errors,
                           String notice) {
        pages.render(ctx, "sub-account.jte", new SubAccountPage(pages.shell(ctx), sub, checked, errors, notice));
    }

    private static Set<Section> sections(Context ctx) {
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        for (String raw : ctx.formParams("sections")) {
            for (Section s : Section.values()) {
                if (s.name().equals(raw)) {
                    chosen.add(s);
                }
            }
        }
        return chosen;
    }

    private static int version(Context ctx) {
        String raw = ctx.formParam("version");
        return raw == null || !raw.matches("\\d{1,9}") ? -1 : Integer.parseInt(raw);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }
}
