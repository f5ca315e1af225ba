package ems.admin.consignee;

import ems.admin.ui.Controls;
import ems.admin.ui.Converters;
import ems.admin.ui.Text;
import ems.consignee.Consignee;
import ems.consignee.PlanTier;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Plan tab of a consignee. */
final class PlanView {

    private PlanView() {
    }

    static Parent create(PlanViewModel vm, Text text, Consumer<Consignee> saved) {
        ComboBox<PlanTier> tier = new ComboBox<>();
        tier.setId("plan-tier");
        tier.getItems().setAll(PlanTier.values());
        tier.setConverter(Converters.of(t -> text.get("plan.tier", t.name(), t.subAccountLimit())));
        tier.valueProperty().bindBidirectional(vm.tierProperty());
        TextField custom = Controls.textField("plan-custom", vm.customLimitProperty());
        custom.setPromptText(text.get("plan.customPrompt"));
        Label usage = new Label();
        usage.setId("plan-usage");
        usage.getStyleClass().add("strong");
        usage.textProperty().bind(vm.usageProperty());
        Button save = new Button(text.get("plan.save"));
        save.setId("plan-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> vm.save(saved));
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errors().general().concat(vm.errors().field("customSubAccountLimit")));
        Label done = new Label();
        done.getStyleClass().add("ok");
        done.textProperty().bind(vm.messageProperty());
        Label hint = new Label(text.get("plan.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, usage, new Label(text.get("plan.tierLabel")), tier, new Label(text.get("plan.customLabel")),
                custom, hint, save, error, done);
        box.setPadding(new Insets(12));
        return box;
    }
}
