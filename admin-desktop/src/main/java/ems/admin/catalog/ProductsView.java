package ems.admin.catalog;

import ems.admin.ui.Controls;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Text;
import ems.catalog.CatalogRow;
import ems.catalog.Category;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
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

/** The Products tab: the catalogue as a tree, and forms to add a product or a size variant. */
public final class ProductsView {

    private ProductsView() {
    }

    /** A line of the tree: a category, a product or a variant, with the row it came from. */
    record Entry(String label, String sku, String gtin, CatalogRow row) {
    }

    public static Parent create(ProductsViewModel vm, Text text) {
        TreeTableView<Entry> tree = new TreeTableView<>(new TreeItem<>(new Entry("", "", "", null)));
        tree.setId("products-tree");
        tree.setShowRoot(false);
        tree.getColumns().add(column(text.get("products.name"), Entry::label, 320));
        tree.getColumns().add(column(text.get("products.sku"), Entry::sku, 200));
        tree.getColumns().add(column(text.get("products.gtin"), Entry::gtin, 150));
        tree.setPlaceholder(new Label(text.get("products.none")));
        vm.rows().addListener((ListChangeListener<CatalogRow>) change -> rebuild(tree, vm));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, after) ->
                vm.selectedProperty().set(after == null ? null : after.getValue().row()));
        VBox.setVgrow(tree, Priority.ALWAYS);

        ComboBox<String> category = new ComboBox<>();
        category.setId("products-category");
        category.setEditable(true);
        vm.categories().addListener((ListChangeListener<Category>) c ->
                category.getItems().setAll(vm.categories().stream().map(Category::name).toList()));
        category.valueProperty().bindBidirectional(vm.categoryNameProperty());
        TextField product = new TextField();
        product.setId("products-productName");
        product.textProperty().bindBidirectional(vm.productNameProperty());
        Button addProduct = new Button(text.get("products.addProduct"));
        addProduct.setId("products-addProduct");
        addProduct.setOnAction(e -> vm.addProduct());
        FormGrid productForm = new FormGrid()
                .add(text.get("products.category"), category, vm.productErrors().field("category"))
                .add(text.get("products.productName"), product, vm.productErrors().field("productName"))
                .addWide(new HBox(10, addProduct, errorLabel(vm.productErrors().general())));

        TextField size = Controls.textField("products-size", vm.sizeLabelProperty());
        TextField sku = Controls.textField("products-sku", vm.skuProperty());
        TextField gtin = Controls.textField("products-gtin", vm.gtinProperty());
        Label forProduct = new Label();
        forProduct.textProperty().bind(vm.selectedProperty().map(r -> r.productName()).orElse(
                text.get("products.selectProduct")));
        Button addVariant = new Button(text.get("products.addVariant"));
        addVariant.setId("products-addVariant");
        addVariant.setOnAction(e -> vm.addVariant());
        FormGrid variantForm = new FormGrid()
                .add(text.get("products.forProduct"), forProduct, null)
                .add(text.get("products.size"), size, vm.variantErrors().field("sizeLabel"))
                .add(text.get("products.sku"), sku, vm.variantErrors().field("sku"))
                .add(text.get("products.gtin"), gtin, vm.variantErrors().field("gtin"))
                .addWide(new HBox(10, addVariant, errorLabel(vm.variantErrors().general())));
        HBox forms = new HBox(10, new TitledPane(text.get("products.newProduct"), productForm.node()),
                new TitledPane(text.get("products.newVariant"), variantForm.node()));
        VBox box = new VBox(10, tree, forms);
        box.setPadding(new Insets(10));
        return box;
    }

    private static void rebuild(TreeTableView<Entry> tree, ProductsViewModel vm) {
        Map<Long, TreeItem<Entry>> categories = new LinkedHashMap<>();
        Map<Long, TreeItem<Entry>> products = new LinkedHashMap<>();
        TreeItem<Entry> root = tree.getRoot();
        root.getChildren().clear();
        for (CatalogRow row : vm.rows()) {
            TreeItem<Entry> category = categories.computeIfAbsent(row.categoryId(), id -> {
                TreeItem<Entry> item = new TreeItem<>(new Entry(row.categoryName(), "", "", null));
                item.setExpanded(true);
                root.getChildren().add(item);
                return item;
            });
            TreeItem<Entry> product = products.computeIfAbsent(row.productId(), id -> {
                TreeItem<Entry> item = new TreeItem<>(new Entry(row.productName(), "", "", row));
                item.setExpanded(true);
                category.getChildren().add(item);
                return item;
            });
            if (row.variantId() != null) {
                product.getChildren().add(new TreeItem<>(new Entry(row.sizeLabel(), row.sku(),
                        row.gtin() == null ? "" : row.gtin(), row)));
            }
        }
    }

    private static TreeTableColumn<Entry, String> column(String title, java.util.function.Function<Entry, String> value,
                                                         double width) {
        TreeTableColumn<Entry, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Label errorLabel(javafx.beans.value.ObservableStringValue message) {
        Label label = new Label();
        label.getStyleClass().add("error");
        label.textProperty().bind(message);
        return label;
    }
}
