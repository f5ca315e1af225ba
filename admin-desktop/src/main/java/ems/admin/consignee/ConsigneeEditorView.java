package ems.admin.consignee;

import ems.admin.ui.Controls;
import ems.admin.ui.FormGrid;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.consignee.PlanTier;
import ems.consignee.Province;
import ems.consignee.Region;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The consignee profile form: binding only. */
public final class ConsigneeEditorView {

    private ConsigneeEditorView() {
    }

    public static Parent create(ConsigneeEditorViewModel vm, Text text, Consumer<Consignee> onSaved) {
        var errors = vm.errors();
        FormGrid form = new FormGrid()
                .add(text.get("consignee.code"), Controls.textField("consignee-code", vm.code), errors.field("code"))
                .add(text.get("consignee.legalName"), Controls.textField("consignee-legalName", vm.legalName),
                        errors.field("legalName"))
                .add(text.get("consignee.billingAddress"), Controls.textArea("consignee-billingAddress", vm.billingAddress),
                        errors.field("billingAddress"))
                .add(text.get("consignee.shippingAddress"), Controls.textArea("consignee-shippingAddress", vm.shippingAddress),
                        errors.field("shippingAddress"))
                .add(text.get("consignee.province"), combo("consignee-province", Province.values(), vm.province),
                        errors.field("province"))
                .add(text.get("consignee.contactEmail"), Controls.textField("consignee-contactEmail", vm.contactEmail),
                        errors.field("contactEmail"))
                .add(text.get("consignee.regions"), regions(vm, text), errors.field("regions"))
                .add(text.get("consignee.planTier"), combo("consignee-planTier", PlanTier.values(), vm.planTier),
                        errors.field("planTier"))
                .add(text.get("consignee.customLimit"), Controls.textField("consignee-customLimit", vm.customLimit),
                        errors.field("customSubAccountLimit"))
                .add(text.get("consignee.stampSequence"), Controls.textArea("consignee-stampSequence", vm.stampSequence),
                        errors.field("stampSequenceRequirements"))
                .add(text.get("consignee.active"), check("consignee-active", vm), null);
        Button save = new Button(text.get("action.save"));
        save.setId("consignee-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save(onSaved));
        Label general = new Label();
        general.getStyleClass().add("error");
        general.textProperty().bind(errors.general());
        Label saved = new Label();
        saved.setId("consignee-saved");
        saved.getStyleClass().add("ok");
        saved.textProperty().bind(vm.savedProperty());
        form.addWide(new HBox(12, save, saved, general));
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, javafx.beans.property.ObjectProperty<T> property) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.valueProperty().bindBidirectional(property);
        return combo;
    }

    private static FlowPane regions(ConsigneeEditorViewModel vm, Text text) {
        FlowPane pane = new FlowPane(12, 6);
        for (Region region : Region.values()) {
            CheckBox box = new CheckBox(text.get("region." + region.name()));
            box.setId("consignee-region-" + region.name());
            box.selectedProperty().bindBidirectional(vm.regionProperty(region));
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static CheckBox check(String id, ConsigneeEditorViewModel vm) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.selectedProperty().bindBidirectional(vm.active);
        return box;
    }
}
