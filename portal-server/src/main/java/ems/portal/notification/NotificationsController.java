package ems.portal.notification;

import ems.account.PortalPrincipal;
import ems.notify.Notification;
import ems.notify.NotificationService;
import ems.portal.web.Pages;
import ems.portal.web.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/** /notifications: the account's own notifications, newest first; opening one marks it read. */
public final class NotificationsController {

    static final int SHOWN = 100;

    private final NotificationService notifications;
    private final Pages pages;

    public NotificationsController(NotificationService notifications, Pages pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    public void list(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        // A sub-account that lost a section no longer sees that section's news.
        pages.render(ctx, "notifications.jte", new NotificationsPage(pages.shell(ctx),
                notifications.forAccount(user.accountId(), SHOWN).stream()
                        .filter(n -> user.canSee(n.kind().section())).toList()));
    }

    /** Marks one read and goes where it points; another account's notification is not found. */
    public void open(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        Notification n = notifications.find(user.accountId(), Params.id(ctx))
                .filter(found -> user.canSee(found.kind().section())).orElseThrow(NotFoundResponse::new);
        notifications.markRead(user.accountId(), n.id());
        // Links are written by the model ("/production/requests/42"); anything else stays on this page.
        String target = n.link().matches("/[a-z/]+/\\d+") ? n.link() : "/notifications";
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    public void markAllRead(Context ctx) {
        PortalPrincipal user = pages.principal(ctx);
        notifications.markAllRead(user.accountId());
        ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
    }
}
