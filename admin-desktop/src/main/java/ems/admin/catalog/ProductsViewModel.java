package ems.admin.catalog;

import ems.admin.ui.StaffSession;
import ems.admin.ui.Failures;
import ems.admin.ui.FormErrors;
import ems.admin.ui.Text;
import ems.admin.ui.UiExecutor;
import ems.catalog.CatalogRow;
import ems.catalog.CatalogService;
import ems.catalog.Category;
import ems.consignee.Consignee;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Products tab: one consignee's catalogue (category → product → size variant) and its additions. */
public final class ProductsViewModel {

    private final ObservableList<CatalogRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final StringProperty categoryName = new SimpleStringProperty("");
    private final StringProperty productName = new SimpleStringProperty("");
    private final ObjectProperty<CatalogRow> selected = new SimpleObjectProperty<>();
    private final StringProperty sizeLabel = new SimpleStringProperty("");
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty gtin = new SimpleStringProperty("");
    private final CatalogService catalog;
    private final StaffSession session;
    private final UiExecutor executor;
    private final Text text;
    private final FormErrors productErrors;
    private final FormErrors variantErrors;
    private Consignee consignee;

    public ProductsViewModel(CatalogService catalog, StaffSession session, UiExecutor executor, Text text) {
        this.catalog = catalog;
        this.session = session;
        this.executor = executor;
        this.text = text;
        this.productErrors = new FormErrors(text);
        this.variantErrors = new FormErrors(text);
    }

    public void show(Consignee shown) {
        this.consignee = shown;
        refresh();
    }

    public void refresh() {
        if (consignee == null) {
            rows.clear();
            return;
        }
        long id = consignee.id();
        executor.run(() -> new Loaded(catalog.categories(), catalog.catalogue(id)), loaded -> {
            categories.setAll(loaded.categories());
            rows.setAll(loaded.rows());
        }, failure -> rows.clear());
    }

    /** Adds a product under the typed category, creating the category when it is new. */
    public void addProduct() {
        long consigneeId = consignee.id();
        String category = categoryName.get();
        String product = productName.get();
        executor.run(() -> catalog.addProduct(session.actor(), consigneeId,
                catalog.category(session.actor(), category).id(), product), added -> {
                    productErrors.clear();
                    productName.set("");
                    refresh();
                }, failure -> Failures.show(failure, productErrors, text));
    }

    /** Adds a size variant to the product of the selected row. */
    public void addVariant() {
        CatalogRow row = selected.get();
        if (row == null) {
            variantErrors.clear();
            variantErrors.showGeneral(text.get("products.selectProduct"));
            return;
        }
        long consigneeId = consignee.id();
        String size = sizeLabel.get();
        String code = sku.get();
        String number = gtin.get();
        executor.run(() -> catalog.addVariant(session.actor(), consigneeId, row.productId(), size, code, number),
                added -> {
                    variantErrors.clear();
                    sizeLabel.set("");
                    sku.set("");
                    gtin.set("");
                    refresh();
                }, failure -> Failures.show(failure, variantErrors, text));
    }

    private record Loaded(java.util.List<Category> categories, java.util.List<CatalogRow> rows) {
    }

    public ObservableList<CatalogRow> rows() {
        return rows;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public StringProperty categoryNameProperty() {
        return categoryName;
    }

    public StringProperty productNameProperty() {
        return productName;
    }

    public ObjectProperty<CatalogRow> selectedProperty() {
        return selected;
    }

    public StringProperty sizeLabelProperty() {
        return sizeLabel;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty gtinProperty() {
        return gtin;
    }

    public FormErrors productErrors() {
        return productErrors;
    }

    public FormErrors variantErrors() {
        return variantErrors;
    }
}
