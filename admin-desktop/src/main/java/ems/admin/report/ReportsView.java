package ems.admin.report;

import ems.admin.invoice.PdfPages;
import ems.admin.ui.Converters;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.report.ReportType;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Reports for any consignee: choose, generate, look at the pages, save the PDF. */
public final class ReportsView {

    private ReportsView() {
    }

    public static Parent create(ReportsViewModel vm, Text text) {
        ComboBox<Consignee> consignee = new ComboBox<>(vm.consignees());
        consignee.setId("rep-consignee");
        consignee.setPromptText(text.get("access.consignee"));
        consignee.setConverter(Converters.of(c -> c.code() + " — " + c.legalName()));
        consignee.valueProperty().bindBidirectional(vm.consigneeProperty());
        ComboBox<ReportType> type = new ComboBox<>();
        type.setId("rep-type");
        type.getItems().setAll(ReportType.values());
        type.setConverter(Converters.of(t -> text.get("reportType." + t.name())));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button generate = new Button(text.get("reports.generate"));
        generate.setId("rep-generate");
        generate.getStyleClass().add("primary");
        generate.setOnAction(e -> vm.generate());
        Button save = new Button(text.get("reports.save"));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.suggestedName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                vm.save(file.toPath());
            }
        });
        Label error = new Label();
        error.getStyleClass().add("error");
        error.setId("rep-error");
        error.textProperty().bind(vm.errors().general().concat(vm.errors().field("type"))
                .concat(vm.errors().field("from")).concat(vm.errors().field("to")));
        Label done = new Label();
        done.setId("rep-message");
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        VBox pages = new VBox(12);
        pages.setId("rep-preview");
        pages.setPadding(new Insets(10));
        vm.previewProperty().addListener((o, b, pngs) -> pages.getChildren().setAll(PdfPages.images(pngs).stream()
                .map(img -> {
                    ImageView view = new ImageView(img);
                    view.setPreserveRatio(true);
                    view.setFitWidth(620);
                    return view;
                }).toList()));
        ScrollPane scroll = new ScrollPane(pages);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(8, new FlowPane(6, 6, consignee, type, new Label(text.get("reports.from")), from,
                new Label(text.get("reports.to")), to, generate, save), error, done, scroll);
        root.setPadding(new Insets(10));
        vm.load();
        return root;
    }
}
