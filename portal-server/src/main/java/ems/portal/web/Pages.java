package ems.portal.web;

import ems.i18n.Language;
import ems.i18n.Messages;
import ems.account.PortalPrincipal;
import ems.account.SessionService;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Per-request helpers shared by every controller: who is signed in (resolved once per request from the
 * session cookie), the viewer's language, and the page shell that wraps every template.
 */
public final class Pages {

    private static final String PRINCIPAL = "ems.principal";
    private static final String RESOLVED = "ems.principalResolved";
    public static final String LANG_COOKIE = "ems_lang";

    private final SessionService sessions;
    private final Templates templates;
    private final List<NavItem> nav;
    private final ToIntFunction<Long> unreadCount;
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    public Pages(SessionService sessions, Templates templates, List<NavItem> nav, ToIntFunction<Long> unreadCount) {
        this.unreadCount = unreadCount;
        this.sessions = sessions;
        this.templates = templates;
        this.nav = List.copyOf(nav);
        for (Language language : Language.values()) {
            messages.put(language, new Messages("i18n.portal", language));
        }
    }

    /** The signed-in account, or null. Read from the database once per request, never cached longer. */
    public PortalPrincipal principal(Context ctx) {
        if (ctx.attribute(RESOLVED) == null) {
            ctx.attribute(RESOLVED, Boolean.TRUE);
            sessions.resolve(ctx.cookie(Cookies.SESSION)).ifPresent(p -> ctx.attribute(PRINCIPAL, p));
        }
        return ctx.attribute(PRINCIPAL);
    }

    /** Forgets the cached principal, e.g. after signing in or out within the same request. */
    public void forgetPrincipal(Context ctx) {
        ctx.attribute(RESOLVED, null);
        ctx.attribute(PRINCIPAL, null);
    }

    /** The signed-in account's language; before sign-in, the chosen or the browser's language. */
    public Language language(Context ctx) {
        PortalPrincipal user = principal(ctx);
        if (user != null) {
            return user.language();
        }
        String chosen = ctx.cookie(LANG_COOKIE);
        if (chosen != null) {
            return Language.fromCode(chosen);
        }
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("fr") ? Language.FR : Language.EN;
    }

    public Messages messages(Context ctx) {
        return messages.get(language(ctx));
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }

    public Shell shell(Context ctx) {
        PortalPrincipal user = principal(ctx);
        String csrf = user != null ? user.csrfToken() : ctx.attribute(Csrf.PRE_SESSION_ATTRIBUTE);
        List<NavItem> visible = user == null ? List.of() : nav.stream().filter(item -> allows(user, item.access()))
                .toList();
        // Every notification kind today is Production news; an account without that section has none to see.
        int unread = user == null || user.mustChangePassword() || !user.canSee(ems.account.Section.PRODUCTION) ? 0
                : unreadCount.applyAsInt(user.accountId());
        return new Shell(messages(ctx), user, csrf == null ? "" : csrf, ctx.path(), visible, unread);
    }

    public void render(Context ctx, String template, Object page) {
        templates.render(ctx, template, page);
    }

    /** Whether the account may open routes of this access level (signed-in levels only). */
    public static boolean allows(PortalPrincipal user, Access access) {
        return switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case PRIMARY -> user.isPrimary();
            default -> user.canSee(access.section());
        };
    }
}
