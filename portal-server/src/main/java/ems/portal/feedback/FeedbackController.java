package ems.portal.feedback;

import ems.account.PortalPrincipal;
import ems.error.ValidationException;
import ems.feedback.Feedback;
import ems.feedback.FeedbackService;
import ems.portal.web.FormErrors;
import ems.portal.web.Notices;
import ems.portal.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/** /feedback: send feedback from any page (the page, person and consignee are attached here) and see past ones. */
public final class FeedbackController {

    static final int SHOWN = 50;

    private final FeedbackService feedback;
    private final Pages pages;

    public FeedbackController(FeedbackService feedback, Pages pages) {
        this.feedback = feedback;
        this.pages = pages;
    }

    public void form(Context ctx) {
        render(ctx, "", "", page(ctx.queryParam("from")), FormErrors.none(), Notices.from(ctx, Set.of("sent")));
    }

    public void submit(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        String category = value(ctx, "category");
        String message = value(ctx, "message");
        String from = page(ctx.formParam("page"));
        Feedback.Category chosen = null;
        for (Feedback.Category c : Feedback.Category.values()) {
            if (c.name().equals(category)) {
                chosen = c;
            }
        }
        try {
            feedback.submit(user.actor(), user.scope(), chosen, message, from);
        } catch (ValidationException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, category, message, from, FormErrors.of(e, pages.messages(ctx)), null);
            return;
        }
        ctx.redirect("/feedback?notice=sent", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String category, String message, String from, FormErrors errors, String notice) {
        PortalPrincipal user = pages.principal(ctx);
        pages.render(ctx, "feedback.jte", new FeedbackPage(pages.shell(ctx), category, message, from, errors, notice,
                feedback.mine(user.accountId(), SHOWN)));
    }

    /** Only a path of this portal is recorded as where feedback came from. */
    private static String page(String raw) {
        return raw != null && raw.startsWith("/") && !raw.startsWith("//") && raw.length() <= 300 ? raw : "";
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }
}
