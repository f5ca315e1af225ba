package ems.portal;

import ems.portal.web.Access;
import ems.portal.web.NavItem;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * Every portal route, in one place, each with the access it requires (DESIGN §9 lists the stable URLs).
 * The navigation shows the routes an account may open.
 */
final class Routes {

    static final List<NavItem> NAV = List.of(
            new NavItem("nav.dashboard", "/", Access.SIGNED_IN),
            new NavItem("nav.shipments", "/shipments", Access.SHIPMENTS),
            new NavItem("nav.production", "/production/requests", Access.PRODUCTION),
            new NavItem("nav.invoices", "/invoices", Access.INVOICES),
            new NavItem("nav.outbound", "/outbound", Access.OUTBOUND),
            new NavItem("nav.inventory", "/inventory", Access.INVENTORY),
            new NavItem("nav.reports", "/reports", Access.REPORTS),
            new NavItem("nav.subAccounts", "/account/sub-accounts", Access.PRIMARY),
            new NavItem("nav.account", "/account", Access.SIGNED_IN));

    private Routes() {
    }

    static void register(RoutesConfig routes, Controllers c) {
        routes.get("/health", c.health()::show, Access.PUBLIC);
        routes.get("/static/{file}", c.assets()::serve, Access.PUBLIC);

        routes.get("/login", c.login()::form, Access.PUBLIC);
        routes.post("/login", c.login()::signIn, Access.PUBLIC);
        routes.post("/logout", c.login()::signOut, Access.SIGNED_IN);
        routes.get("/password", c.password()::form, Access.SIGNED_IN);
        routes.post("/password", c.password()::change, Access.SIGNED_IN);

        routes.get("/", c.dashboard()::show, Access.SIGNED_IN);
        routes.get("/shipments", c.shipments()::list, Access.SHIPMENTS);
        routes.get("/shipments/{id}", c.shipments()::detail, Access.SHIPMENTS);
        routes.get("/inventory", c.inventory()::show, Access.INVENTORY);

        routes.get("/production/requests", c.requests()::list, Access.PRODUCTION);
        routes.post("/production/requests", c.requestEditor()::submit, Access.PRODUCTION);
        routes.get("/production/requests/new", c.requestEditor()::newForm, Access.PRODUCTION);
        routes.get("/production/requests/{id}", c.requests()::detail, Access.PRODUCTION);
        routes.get("/production/requests/{id}/revise", c.requestEditor()::reviseForm, Access.PRODUCTION);
        routes.post("/production/requests/{id}/resubmit", c.requestEditor()::resubmit, Access.PRODUCTION);
        routes.post("/production/requests/{id}/withdraw", c.requests()::withdraw, Access.PRODUCTION);
        routes.get("/production/orders", c.orders()::list, Access.PRODUCTION);
        routes.get("/production/orders/{id}", c.orders()::detail, Access.PRODUCTION);

        routes.get("/invoices", c.invoices()::list, Access.INVOICES);
        routes.get("/invoices/{id}", c.invoices()::detail, Access.INVOICES);
        routes.get("/invoices/{id}/pdf", c.invoices()::pdf, Access.INVOICES);
        routes.get("/outbound", c.outbound()::list, Access.OUTBOUND);
        routes.get("/outbound/{id}", c.outbound()::detail, Access.OUTBOUND);
        routes.get("/outbound/{id}/packing-slip.pdf", c.outbound()::packingSlip, Access.OUTBOUND);
        routes.get("/outbound/{id}/bill-of-lading.pdf", c.outbound()::billOfLading, Access.OUTBOUND);

        routes.get("/reports", c.reports()::form, Access.REPORTS);
        routes.get("/reports/generate", c.reports()::generate, Access.REPORTS);

        routes.get("/feedback", c.feedback()::form, Access.FEEDBACK);
        routes.post("/feedback", c.feedback()::submit, Access.FEEDBACK);

        routes.get("/notifications", c.notifications()::list, Access.SIGNED_IN);
        routes.post("/notifications/read", c.notifications()::markAllRead, Access.SIGNED_IN);
        routes.post("/notifications/{id}/open", c.notifications()::open, Access.SIGNED_IN);

        routes.get("/account", c.account()::show, Access.SIGNED_IN);
        routes.post("/account/profile", c.account()::saveProfile, Access.SIGNED_IN);
        routes.post("/account/password", c.account()::changePassword, Access.SIGNED_IN);
        routes.get("/account/sub-accounts", c.subAccounts()::list, Access.PRIMARY);
        routes.post("/account/sub-accounts", c.subAccounts()::create, Access.PRIMARY);
        routes.get("/account/sub-accounts/{id}", c.subAccounts()::edit, Access.PRIMARY);
        routes.post("/account/sub-accounts/{id}/sections", c.subAccounts()::saveSections, Access.PRIMARY);
        routes.post("/account/sub-accounts/{id}/password", c.subAccounts()::resetPassword, Access.PRIMARY);
        routes.post("/account/sub-accounts/{id}/active", c.subAccounts()::setActive, Access.PRIMARY);
    }
}
