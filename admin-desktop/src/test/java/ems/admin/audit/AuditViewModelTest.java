package ems.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.testing.ModelTest;
import org.junit.jupiter.api.Test;

class AuditViewModelTest extends DesktopTest {

    @Test
    void showsEveryChangeNewestFirstAndNarrowsToOneConsignee() {
        var nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var pli = model.consignees().create(session.actor(), ModelTest.consigneeForm("PLI", "Prairie"));
        clock.advance(java.time.Duration.ofSeconds(5));
        model.consignees().update(session.actor(), nlc.id(), nlc.version(), ModelTest.consigneeForm("NLC", "Northern Renamed"));
        var vm = new AuditViewModel(model.audit(), model.consignees(), executor, text);

        vm.refresh();
        assertThat(vm.events()).extracting(e -> e.action()).startsWith("consignee.updated");
        assertThat(vm.events().get(0).actorName()).isEqualTo("Ada Admin");

        vm.consigneeProperty().set(vm.consignees().stream().filter(c -> c.id() == pli.id()).findFirst().orElseThrow());
        assertThat(vm.events()).extracting(e -> e.summary()).containsExactly("PLI Prairie");
    }
}
