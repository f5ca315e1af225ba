package ems.portal.web;

import ems.i18n.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ems.account.PortalPrincipal;
import java.util.List;

/**
 * What every page's layout needs: the viewer's messages, who is signed in (null on the sign-in page),
 * the CSRF token for its forms, the navigation that account may see, and its unread notifications.
 */
public record Shell(Messages msg, PortalPrincipal user, String csrfToken, String path, List<NavItem> nav,
                    int unread) {

    public String t(String key, Object... args) {
        return msg.get(key, args);
    }

    public String lang() {
        return msg.locale().getLanguage();
    }

    /** A calendar date in the viewer's language, e.g. "Mar 10, 2026" or "10 mars 2026". */
    public String date(LocalDate date) {
        return date == null ? "—" : Formats.of(msg.locale()).date().format(date);
    }

    /** A moment in the warehouse's time zone, in the viewer's language. */
    public String dateTime(Instant instant) {
        return instant == null ? "—" : Formats.of(msg.locale()).dateTime().format(instant);
    }

    public String number(long value) {
        return Formats.of(msg.locale()).integer(value);
    }

    /** Money in the viewer's language: "$1,234.56" or "1 234,56 $". */
    public String money(BigDecimal value) {
        return Formats.of(msg.locale()).money(value);
    }

    /** A quantity with up to three decimals and no trailing zeros. */
    public String quantity(BigDecimal value) {
        return Formats.of(msg.locale()).decimal(value.stripTrailingZeros());
    }

    public String decimal(BigDecimal value) {
        return Formats.of(msg.locale()).decimal(value);
    }

    /** Whether this account may send feedback (the button on every page). */
    public boolean canSendFeedback() {
        return user != null && Pages.allows(user, Access.FEEDBACK);
    }

    /** The item whose address is the longest prefix of this page's: /account/sub-accounts is not /account. */
    public boolean isCurrent(NavItem item) {
        if (item.href().equals("/")) {
            return path.equals("/");
        }
        boolean under = path.equals(item.href()) || path.startsWith(item.href() + "/");
        return under && nav.stream().noneMatch(other -> other.href().length() > item.href().length()
                && (path.equals(other.href()) || path.startsWith(other.href() + "/")));
    }
}
