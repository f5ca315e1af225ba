package ems.portal.web;

import ems.account.Section;
import io.javalin.security.RouteRole;

/**
 * What a route requires. Every route declares exactly one; a route without one is refused (deny by
 * default) and the route sweep test fails.
 */
public enum Access implements RouteRole {
    /** No sign-in: the sign-in page, health. */
    PUBLIC(null),
    /** Any signed-in account, whatever its sections: dashboard, account settings, sign-out. */
    SIGNED_IN(null),
    /** Primary accounts only: managing sub-accounts. */
    PRIMARY(null),
    SHIPMENTS(Section.SHIPMENTS),
    PRODUCTION(Section.PRODUCTION),
    INVOICES(Section.INVOICES),
    OUTBOUND(Section.OUTBOUND),
    INVENTORY(Section.INVENTORY),
    REPORTS(Section.REPORTS),
    FEEDBACK(Section.FEEDBACK);

    private final Section section;

    Access(Section section) {
        this.section = section;
    }

    /** The section the route belongs to, or null for the non-section levels. */
    public Section section() {
        return section;
    }
}
