package ems.portal.web;

import ems.Model;
import ems.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** A calendar date in the viewer's language, e.g. "Mar 10, 2026" or "10 mars 2026". */
    public String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale())
                .format(date);
    }

    /** A moment in the warehouse's time zone, in the viewer's language. */
    public String dateTime(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(msg.locale()).withZone(Model.ZONE).format(instant);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(msg.locale()).format(value);
    }

    public String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(msg.locale());
        format.setMinimumFractionDigits(value.scale() > 0 ? Math.min(value.scale(), 3) : 0);
        return format.format(value);
    }

    public boolean isCurrent(NavItem item) {
        return item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
    }
}
