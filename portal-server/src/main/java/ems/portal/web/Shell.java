package ems.portal.web;

import ems.i18n.Messages;
import ems.account.PortalPrincipal;
import java.util.List;

/**
 * What every page's layout needs: the viewer's messages, who is signed in (null on the sign-in page),
 * the CSRF token for its forms, and the navigation that account may see.
 */
public record Shell(Messages msg, PortalPrincipal user, String csrfToken, String path, List<NavItem> nav) {

    public String t(String key, Object... args) {
        return msg.get(key, args);
    }

    public String lang() {
        return msg.locale().getLanguage();
    }

    public boolean isCurrent(NavItem item) {
        return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }
}
