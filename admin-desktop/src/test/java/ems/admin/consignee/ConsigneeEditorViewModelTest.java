package ems.admin.consignee;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.consignee.Consignee;
import ems.consignee.PlanTier;
import ems.consignee.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsigneeEditorViewModelTest extends DesktopTest {

    private ConsigneeEditorViewModel editor() {
        return new ConsigneeEditorViewModel(model.consignees(), session, executor, text);
    }

    private static void fill(ConsigneeEditorViewModel vm, String code, String name) {
        vm.startNew();
        vm.codeProperty().set(code);
        vm.legalNameProperty().set(name);
        vm.billingAddressProperty().set("1 Dock Rd\nHalifax NS");
        vm.shippingAddressProperty().set("1 Dock Rd\nHalifax NS");
        vm.contactEmailProperty().set("ops@" + code.toLowerCase() + ".test");
        vm.regionProperty(Region.QC).set(true);
    }

    @Test
    void savingANewConsigneeStoresItAndLoadsItBackForEditing() {
        var vm = editor();
        fill(vm, "hbr", "Harbour Botanicals");
        vm.planTierProperty().set(PlanTier.ENTERPRISE);
        vm.customLimitProperty().set("30");
        List<Consignee> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).code()).isEqualTo("HBR");
        assertThat(saved.get(0).regions()).containsExactlyInAnyOrder(Region.FEDERAL, Region.QC);
        assertThat(saved.get(0).subAccountLimit()).isEqualTo(30);
        assertThat(vm.isNew()).isFalse();
        assertThat(vm.savedProperty().get()).isEqualTo("Saved.");
        assertThat(model.audit().newestForConsignee(saved.get(0).id(), 1).get(0).actorName()).isEqualTo("Ada Admin");
    }

    @Test
    void theSavedConfirmationSurvivesTheListReselectingTheSavedConsignee() {
        var vm = editor();
        fill(vm, "HBR", "Harbour");

        // The consignee list selects the saved row, which loads it into the editor again.
        vm.save(vm::load);

        assertThat(vm.savedProperty().get()).isEqualTo("Saved.");
        vm.legalNameProperty().set("Harbour Renamed");
        vm.save(vm::load);
        assertThat(vm.savedProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void badInputShowsAMessageUnderEachFieldAndSavesNothing() {
        var vm = editor();
        fill(vm, "", "x".repeat(10_000));
        vm.contactEmailProperty().set("nope");
        vm.customLimitProperty().set("lots");

        vm.save(c -> { });
        assertThat(vm.errors().field("customSubAccountLimit").get()).isEqualTo("Enter a whole number from 0 to 500.");

        vm.customLimitProperty().set("");
        vm.save(c -> { });
        assertThat(vm.errors().field("code").get()).isEqualTo("This field is required.");
        assertThat(vm.errors().field("legalName").get()).isEqualTo("Use at most 200 characters.");
        assertThat(vm.errors().field("contactEmail").get()).startsWith("Enter a valid email address");
        assertThat(model.consignees().search("")).isEmpty();
    }

    @Test
    void twoEditorsSavingTheSameConsigneeTheSecondIsToldToReload() {
        var first = editor();
        fill(first, "HBR", "Harbour");
        first.save(c -> { });
        Consignee stored = first.editing();
        var second = editor();
        second.load(stored);
        first.legalNameProperty().set("Harbour One");
        first.save(c -> { });

        second.legalNameProperty().set("Harbour Two");
        second.save(c -> { });

        assertThat(second.errors().general().get()).contains("Someone else changed this");
        assertThat(model.consignees().get(stored.id()).legalName()).isEqualTo("Harbour One");
    }
}
