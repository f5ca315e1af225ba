package ems.admin.consignee;

import ems.admin.access.PortalAccessView;
import ems.admin.access.PortalAccessViewModel;
import ems.admin.catalog.ProductsView;
import ems.admin.catalog.ProductsViewModel;
import ems.admin.stamp.StampsView;
import ems.admin.stamp.StampsViewModel;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.consignee.Region;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Consignees: the searchable list on the left, the selected one's tabs on the right. */
public final class ConsigneesView {

    private ConsigneesView() {
    }

    public static Parent create(ConsigneeListViewModel list, ConsigneeEditorViewModel editor,
                                ProductsViewModel products, PortalAccessViewModel access, StampsViewModel stamps,
                                PlanViewModel plan, Text text) {
        TextField search = new TextField();
        search.setId("consignee-search");
        search.setPromptText(text.get("consignee.search"));
        search.textProperty().bindBidirectional(list.searchProperty());
        search.setOnAction(e -> list.refresh());
        Button create = new Button(text.get("consignee.new"));
        create.setId("consignee-new");
        TableView<Consignee> table = new TableView<>(list.items());
        table.setId("consignee-table");
        table.setPlaceholder(new Label(text.get("consignee.none")));
        table.getColumns().add(column(text.get("consignee.code"), Consignee::code, 80));
        table.getColumns().add(column(text.get("consignee.legalName"), Consignee::legalName, 220));
        table.getColumns().add(column(text.get("consignee.regions"), c -> c.regions().stream().sorted()
                .map(Region::name).collect(Collectors.joining(", ")), 150));
        table.getColumns().add(column(text.get("consignee.active"),
                c -> c.active() ? text.get("state.active") : text.get("state.inactive"), 80));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, new HBox(8, search, create), table);
        left.setPadding(new Insets(10));

        Tab profile = new Tab(text.get("consignee.tab.profile"),
                ConsigneeEditorView.create(editor, text, list::saved));
        Tab productsTab = new Tab(text.get("consignee.tab.products"), ProductsView.create(products, text));
        productsTab.setId("tab-products");
        Tab accessTab = new Tab(text.get("consignee.tab.access"), PortalAccessView.create(access, text));
        accessTab.setId("tab-access");
        Tab stampsTab = new Tab(text.get("consignee.tab.stamps"), StampsView.create(stamps, text));
        stampsTab.setId("tab-stamps");
        Tab planTab = new Tab(text.get("consignee.tab.plan"), PlanView.create(plan, text, list::saved));
        planTab.setId("tab-plan");
        TabPane tabs = new TabPane(profile, productsTab, accessTab, stampsTab, planTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("consignee-tabs");

        list.selectedProperty().addListener((obs, before, after) -> {
            if (after != null) {
                editor.load(after);
                products.show(after);
                access.show(after);
                stamps.show(after);
                plan.show(after);
            }
            planTab.setDisable(after == null);
            productsTab.setDisable(after == null);
            accessTab.setDisable(after == null);
            stampsTab.setDisable(after == null);
            if (table.getSelectionModel().getSelectedItem() != after) {
                table.getSelectionModel().select(after);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                list.selectedProperty().set(after);
            }
        });
        create.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            list.selectedProperty().set(null);
            editor.startNew();
            tabs.getSelectionModel().select(profile);
        });
        productsTab.setDisable(true);
        accessTab.setDisable(true);
        stampsTab.setDisable(true);
        planTab.setDisable(true);
        editor.startNew();
        list.refresh();
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.38);
        return split;
    }

    private static TableColumn<Consignee, String> column(String title, Function<Consignee, String> value,
                                                        double width) {
        TableColumn<Consignee, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
