package ems.admin.consignee;

import ems.admin.ui.UiExecutor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The consignee list: search by code or name; the selection opens the detail. */
public final class ConsigneeListViewModel {

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Consignee> items = FXCollections.observableArrayList();
    private final ObjectProperty<Consignee> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ConsigneeService consignees;
    private final UiExecutor executor;

    public ConsigneeListViewModel(ConsigneeService consignees, UiExecutor executor) {
        this.consignees = consignees;
        this.executor = executor;
    }

    public void refresh() {
        String text = search.get();
        executor.run(() -> consignees.search(text), found -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            items.setAll(found);
            status.set(String.valueOf(found.size()));
            if (keep != null) {
                found.stream().filter(c -> c.id() == keep).findFirst().ifPresent(selected::set);
            }
        }, failure -> status.set("!"));
    }

    /** After the editor saved: show the saved row and keep it selected. */
    public void saved(Consignee consignee) {
        selected.set(consignee);
        refresh();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Consignee> items() {
        return items;
    }

    public ObjectProperty<Consignee> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
