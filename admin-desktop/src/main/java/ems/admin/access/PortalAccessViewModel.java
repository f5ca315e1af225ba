package ems.admin.access;

import ems.account.PortalAccountService;
import ems.account.PortalAccountSummary;
import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Portal Access tab: the portal accounts linked to one consignee. */
public final class PortalAccessViewModel {

    private final ObservableList<PortalAccountSummary> accounts = FXCollections.observableArrayList();
    private final PortalAccountService service;
    private final UiExecutor executor;
    private final NewPortalAccountViewModel creator;
    private Consignee consignee;

    public PortalAccessViewModel(PortalAccountService service, UiExecutor executor,
                                 NewPortalAccountViewModel creator) {
        this.service = service;
        this.executor = executor;
        this.creator = creator;
    }

    public void show(Consignee shown) {
        this.consignee = shown;
        creator.consigneeProperty().set(shown);
        refresh();
    }

    public void refresh() {
        if (consignee == null) {
            accounts.clear();
            return;
        }
        long id = consignee.id();
        executor.run(() -> service.forConsignee(id), accounts::setAll, failure -> accounts.clear());
    }

    public ObservableList<PortalAccountSummary> accounts() {
        return accounts;
    }

    public NewPortalAccountViewModel creator() {
        return creator;
    }
}
