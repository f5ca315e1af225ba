package ems.admin.shell;

import ems.Model;
import ems.admin.access.NewPortalAccountViewModel;
import ems.admin.access.PortalAccessViewModel;
import ems.admin.catalog.ProductsViewModel;
import ems.admin.consignee.ConsigneeEditorViewModel;
import ems.admin.consignee.ConsigneeListViewModel;
import ems.admin.consignee.ConsigneesView;
import ems.admin.audit.AuditView;
import ems.admin.audit.AuditViewModel;
import ems.admin.inventory.InventoryView;
import ems.admin.inventory.InventoryViewModel;
import ems.admin.login.LoginView;
import ems.admin.login.LoginViewModel;
import ems.admin.ui.StaffSession;
import ems.admin.shipment.NewShipmentViewModel;
import ems.admin.stamp.StampsViewModel;
import ems.admin.shipment.ReceivingViewModel;
import ems.admin.shipment.ShipmentsView;
import ems.admin.shipment.ShipmentsViewModel;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.admin.users.UsersView;
import ems.admin.users.UsersViewModel;
import ems.i18n.Language;
import ems.admin.report.ReportsView;
import ems.admin.report.ReportsViewModel;
import ems.admin.feedback.FeedbackView;
import ems.admin.feedback.FeedbackViewModel;
import ems.admin.invoice.InvoicesView;
import ems.admin.invoice.InvoicesViewModel;
import ems.admin.notify.NotificationsView;
import ems.admin.outbound.OutboundView;
import ems.admin.outbound.OutboundViewModel;
import ems.pdf.Letterhead;
import ems.admin.notify.NotificationsViewModel;
import ems.admin.production.OrdersView;
import ems.admin.production.OrdersViewModel;
import ems.admin.production.RequestQueueView;
import ems.admin.production.RequestQueueViewModel;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ToggleButton;
import javafx.util.Duration;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop's composition root for one window: sign-in first, then the main screens. */
public final class AdminWindow {

    private final Model model;
    private final UiExecutor executor;
    private final Stage stage;
    private final Letterhead letterhead = Letterhead.fromEnvironment();
    private static final Duration POLL = Duration.seconds(30);

    public AdminWindow(Model model, UiExecutor executor, Stage stage) {
        this.model = model;
        this.executor = executor;
        this.stage = stage;
    }

    public void showLogin() {
        Language language = Locale.getDefault().getLanguage().equals("fr") ? Language.FR : Language.EN;
        Text text = new Text(language);
        LoginViewModel vm = new LoginViewModel(model.staff(), executor, text, this::showMain);
        show(LoginView.create(vm, text, letterhead.name()), text.get("app.title"));
    }

    void showMain(StaffSession session) {
        Text text = new Text(Language.fromCode(session.user().language()));
        MainView main = new MainView(text, session, this::switchLanguage, this::showLogin);
        main.addScreen("nav.consignees", () -> consignees(session, text));
        main.addScreen("nav.requests", () -> RequestQueueView.create(new RequestQueueViewModel(
                model.productionRequests(), model.consignees(), session, executor, text), text));
        main.addScreen("nav.orders", () -> OrdersView.create(new OrdersViewModel(model.productionOrders(),
                model.consignees(), session, executor, text), text));
        main.addScreen("nav.shipments", () -> shipments(session, text));
        main.addScreen("nav.invoices", () -> InvoicesView.create(new InvoicesViewModel(model.invoices(),
                model.consignees(), model.shipments(), model.productionOrders(), model.outbound(), letterhead,
                session, executor, text), text));
        main.addScreen("nav.outbound", () -> OutboundView.create(new OutboundViewModel(model.outbound(),
                model.consignees(), model.catalog(), letterhead, model.clock(), session, executor, text), text));
        main.addScreen("nav.inventory", () -> InventoryView.create(new InventoryViewModel(model.inventory(),
                model.consignees(), session, executor, text), text));
        main.addScreen("nav.reports", () -> ReportsView.create(new ReportsViewModel(model.reports(),
                model.consignees(), letterhead, model.invoices().today(), executor, text), text));
        main.addScreen("nav.feedback", () -> FeedbackView.create(new FeedbackViewModel(model.feedback(),
                model.consignees(), session, executor, text), text));
        main.addScreen("nav.users", () -> users(session, text));
        main.addScreen("nav.audit", () -> AuditView.create(new AuditViewModel(model.audit(), model.consignees(),
                executor, text), text));
        NotificationsViewModel alerts = new NotificationsViewModel(model.notifications(), model.outbox(), executor,
                text);
        ToggleButton bell = main.addScreen("nav.notifications", () -> NotificationsView.create(alerts, text));
        bell.textProperty().bind(Bindings.createStringBinding(() -> alerts.unreadProperty().get() == 0
                ? text.get("nav.notifications")
                : text.get("nav.notificationsUnread", alerts.unreadProperty().get()), alerts.unreadProperty()));
        poll(alerts, main);
        show(main.node(), text.get("app.title") + " — " + session.user().name());
        main.open(0);
    }

    /**
     * Keeps the notification count in the navigation current while this main window is shown; replacing
     * it (sign-out, a language switch) takes it out of the scene and stops its timer.
     */
    private static void poll(NotificationsViewModel alerts, MainView main) {
        alerts.refreshCount();
        Timeline poller = new Timeline(new KeyFrame(POLL, e -> alerts.refreshCount()));
        poller.setCycleCount(Animation.INDEFINITE);
        poller.play();
        main.node().sceneProperty().addListener((o, before, scene) -> {
            if (scene == null) {
                poller.stop();
            }
        });
    }

    private void switchLanguage(StaffSession session, Language language) {
        executor.run(() -> {
            model.staff().setLanguage(session.user().id(), language);
            return model.staff().get(session.user().id());
        }, user -> showMain(new StaffSession(user)), failure -> { });
    }

    private Parent consignees(StaffSession session, Text text) {
        var list = new ConsigneeListViewModel(model.consignees(), executor);
        var editor = new ConsigneeEditorViewModel(model.consignees(), session, executor, text);
        var products = new ProductsViewModel(model.catalog(), session, executor, text);
        var creator = new NewPortalAccountViewModel(model.portalAccounts(), session, executor, text);
        var access = new PortalAccessViewModel(model.portalAccounts(), executor, creator);
        var stamps = new StampsViewModel(model.stamps(), session, executor, text);
        var plan = new ems.admin.consignee.PlanViewModel(model.consignees(), model.subAccounts(), session, executor, text);
        return ConsigneesView.create(list, editor, products, access, stamps, plan, text);
    }

    private Parent shipments(StaffSession session, Text text) {
        return ShipmentsView.create(
                new ShipmentsViewModel(model.shipments(), model.consignees(), session, executor, text),
                new NewShipmentViewModel(model.shipments(), model.catalog(), session, executor, text),
                new ReceivingViewModel(model.shipments(), model.catalog(), session, executor, text), text);
    }

    private Parent users(StaffSession session, Text text) {
        return UsersView.create(new UsersViewModel(model.portalAccounts(), model.consignees(), model.staff(),
                session, executor, text), text);
    }

    private void show(Parent root, String title) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(AdminWindow.class.getResource("/admin.css").toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(title);
        stage.show();
    }
}
