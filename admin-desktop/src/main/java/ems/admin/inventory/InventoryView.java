package ems.admin.inventory;

import ems.admin.ui.Converters;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.inventory.Bucket;
import ems.inventory.InventoryTree;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Any consignee's inventory, with the same drilldown as the portal, and the adjustment form. */
public final class InventoryView {

    private InventoryView() {
    }

    public static Parent create(InventoryViewModel vm, Text text) {
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setId("inv-consignee");
        consignee.setPromptText(text.get("inventory.chooseConsignee"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        Button refresh = new Button(text.get("inventory.refresh"));
        refresh.setOnAction(e -> vm.refresh());

        TreeTableView<InventoryTree.Node> table = new TreeTableView<>();
        table.setId("inv-tree");
        table.setShowRoot(false);
        table.setPlaceholder(new Label(text.get("inventory.empty")));
        TreeTableColumn<InventoryTree.Node, String> name = new TreeTableColumn<>(text.get("products.name"));
        name.setPrefWidth(300);
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().name()
                + (c.getValue().getValue().sku() == null ? "" : "  (" + c.getValue().getValue().sku() + ")")));
        table.getColumns().add(name);
        for (Bucket bucket : Bucket.values()) {
            TreeTableColumn<InventoryTree.Node, String> column = new TreeTableColumn<>(text.get("bucket." + bucket.name()));
            column.setPrefWidth(95);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            column.setCellValueFactory(c -> new SimpleStringProperty(
                    String.valueOf(c.getValue().getValue().totals().get(bucket))));
            table.getColumns().add(column);
        }
        TreeTableColumn<InventoryTree.Node, String> total = new TreeTableColumn<>(text.get("inventory.total"));
        total.setStyle("-fx-alignment: CENTER-RIGHT; -fx-font-weight: bold;");
        total.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().getValue().totals().all())));
        table.getColumns().add(total);
        vm.treeProperty().addListener((o, b, tree) -> table.setRoot(tree == null ? null : root(tree)));
        table.getSelectionModel().selectedItemProperty().addListener((o, b, a) ->
                vm.variantProperty().set(a == null ? null : a.getValue()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label chosen = new Label();
        chosen.textProperty().bind(vm.variantProperty().map(n -> n.sku() == null ? text.get("inventory.pickSize")
                : n.name() + " (" + n.sku() + ")").orElse(text.get("inventory.pickSize")));
        ComboBox<Bucket> bucket = new ComboBox<>();
        bucket.getItems().setAll(Bucket.values());
        bucket.setConverter(Converters.of(b -> text.get("bucket." + b.name())));
        bucket.valueProperty().bindBidirectional(vm.bucketProperty());
        TextField delta = new TextField();
        delta.setId("inv-delta");
        delta.setPromptText("+24 / -6");
        delta.textProperty().bindBidirectional(vm.deltaProperty());
        TextField reason = new TextField();
        reason.setId("inv-reason");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Button adjust = new Button(text.get("inventory.adjust"));
        adjust.setId("inv-adjust");
        adjust.setOnAction(e -> vm.adjust());
        Label message = new Label();
        message.getStyleClass().add("ok");
        message.textProperty().bind(vm.messageProperty());
        FormGrid form = new FormGrid()
                .add(text.get("inventory.size"), chosen, vm.errors().field("variant"))
                .add(text.get("inventory.bucket"), bucket, vm.errors().field("bucket"))
                .add(text.get("inventory.delta"), delta, vm.errors().field("delta"))
                .add(text.get("inventory.reason"), reason, vm.errors().field("reason"))
                .addWide(new HBox(10, adjust, message));
        VBox box = new VBox(10, new HBox(8, consignee, refresh), table,
                new TitledPane(text.get("inventory.adjustTitle"), form.node()));
        box.setPadding(new Insets(10));
        vm.loadConsignees();
        return box;
    }

    private static TreeItem<InventoryTree.Node> root(InventoryTree tree) {
        TreeItem<InventoryTree.Node> root = new TreeItem<>(new InventoryTree.Node(0, "", null, tree.totals(), tree.categories()));
        for (InventoryTree.Node category : tree.categories()) {
            TreeItem<InventoryTree.Node> c = new TreeItem<>(category);
            c.setExpanded(true);
            for (InventoryTree.Node product : category.children()) {
                TreeItem<InventoryTree.Node> p = new TreeItem<>(product);
                p.setExpanded(true);
                product.children().forEach(v -> p.getChildren().add(new TreeItem<>(v)));
                c.getChildren().add(p);
            }
            root.getChildren().add(c);
        }
        return root;
    }
}
