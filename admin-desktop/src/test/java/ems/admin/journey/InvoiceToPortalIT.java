package ems.admin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopJourney;
import ems.admin.testing.StageShots;
import ems.consignee.Consignee;
import ems.staff.StaffRole;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Staff draft an invoice, see live totals, issue it and preview the PDF; the customer's portal lists it. */
class InvoiceToPortalIT extends DesktopJourney {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StaffRole role() {
        return StaffRole.ACCOUNTING;
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffDraftAndIssueAnInvoiceThePreviewShowsPageOneAndThePortalListsIt(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#nav-invoices");
        until(() -> !robot.lookup("#inv-consignee").queryAs(ComboBox.class).getItems().isEmpty(), "consignees");
        ComboBox<Consignee> choice = robot.lookup("#inv-consignee").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(choice.getItems().get(0)));
        robot.clickOn("#inv-new");
        until(() -> robot.lookup("#inv-heading").queryAs(Label.class).getText().contains("Draft"), "the new draft");

        robot.clickOn("#inv-line-description").write("Storage, pallet-months");
        robot.clickOn("#inv-line-quantity").write("12.5");
        robot.clickOn("#inv-line-price").write("18.4049");
        robot.clickOn("#inv-add-line");
        until(() -> robot.lookup("#inv-line-error").queryAs(Label.class).getText().contains("2 decimals"),
                "the four-decimal price refused");
        robot.doubleClickOn("#inv-line-price").eraseText(10).write("18.40");
        robot.clickOn("#inv-add-line");
        until(() -> robot.lookup("#inv-totals").queryAs(Label.class).getText().contains("$259.90"),
                "live totals: 230.00 + HST 29.90");
        StageShots.save(stage.getScene(), "desktop-10-invoice-draft");

        robot.clickOn("#inv-issue");
        until(() -> robot.lookup("#inv-message").queryAs(Label.class).getText().contains("INV-NLC-00001"), "issued");
        robot.clickOn("PDF preview");
        until(() -> !robot.lookup("#inv-preview").queryAs(VBox.class).getChildren().isEmpty(), "the preview");
        StageShots.save(stage.getScene(), "desktop-11-invoice-preview");

        withPortal(customer -> assertThat(customer.get("/invoices").html().select("table.invoices tbody tr").text())
                .contains("INV-NLC-00001", "$259.90"));
    }
}
