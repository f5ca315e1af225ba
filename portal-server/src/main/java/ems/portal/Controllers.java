package ems.portal;

import ems.Model;
import ems.portal.account.AccountController;
import ems.portal.auth.LoginController;
import ems.portal.auth.PasswordController;
import ems.portal.dashboard.DashboardController;
import ems.portal.feedback.FeedbackController;
import ems.portal.health.HealthController;
import ems.portal.inventory.InventoryController;
import ems.pdf.Letterhead;
import ems.portal.invoice.InvoicesController;
import ems.portal.notification.NotificationsController;
import ems.portal.outbound.OutboundController;
import ems.portal.production.OrdersController;
import ems.portal.production.RequestEditorController;
import ems.portal.production.RequestsController;
import ems.portal.report.ReportsController;
import ems.portal.shipment.ShipmentsController;
import ems.portal.subaccount.SubAccountsController;
import ems.portal.web.Cookies;
import ems.portal.web.Csrf;
import ems.portal.web.Pages;
import ems.portal.web.StaticAssets;

/** The portal's controllers, built by hand from the model's services. */
record Controllers(HealthController health, StaticAssets assets, LoginController login,
                   PasswordController password, DashboardController dashboard, AccountController account,
                   ShipmentsController shipments, InventoryController inventory, RequestsController requests,
                   RequestEditorController requestEditor, OrdersController orders,
                   NotificationsController notifications, InvoicesController invoices,
                   OutboundController outbound, SubAccountsController subAccounts, ReportsController reports,
                   FeedbackController feedback) {

    static Controllers create(Model model, Pages pages, Cookies cookies, Csrf csrf) {
        return new Controllers(
                new HealthController(model::databaseReachable),
                new StaticAssets(),
                new LoginController(model.portalAccounts(), model.sessions(), pages, cookies, csrf),
                new PasswordController(model.portalAccounts(), pages),
                new DashboardController(model.consignees(), model.catalog(), model.shipments(), model.inventory(),
                        model.productionRequests(), model.invoices(), pages),
                new AccountController(model.portalAccounts(), model.sessions(), pages),
                new ShipmentsController(model.shipments(), model.trace(), pages, model.clock()),
                new InventoryController(model.inventory(), model.consignees(), pages, model.clock()),
                new RequestsController(model.productionRequests(), model.productionOrders(), pages, model.clock()),
                new RequestEditorController(model.productionRequests(), model.catalog(), model.consignees(), pages,
                        model.clock()),
                new OrdersController(model.productionOrders(), model.productionRequests(), pages),
                new NotificationsController(model.notifications(), pages),
                new InvoicesController(model.invoices(), pages, Letterhead.fromEnvironment()),
                new OutboundController(model.outbound(), pages, Letterhead.fromEnvironment(), model.clock()),
                new SubAccountsController(model.subAccounts(), pages),
                new ReportsController(model.reports(), model.consignees(), pages, Letterhead.fromEnvironment(),
                        model.clock()),
                new FeedbackController(model.feedback(), pages));
    }
}
