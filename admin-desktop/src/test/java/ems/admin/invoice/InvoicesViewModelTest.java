package ems.admin.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.testing.DesktopTest;
import ems.consignee.Consignee;
import ems.invoice.DraftLine;
import ems.invoice.InvoiceDraft;
import ems.pdf.Letterhead;
import ems.testing.ModelTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicesViewModelTest extends DesktopTest {

    @Test
    void theListSaysWhichInvoicesAreOverdueAndByHowManyDays() {
        Consignee nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        var draft = model.invoices().createDraft(session.actor(), nlc.id());
        draft = model.invoices().saveDraft(session.actor(), draft.id(), draft.version(), new InvoiceDraft(30, "",
                List.of(DraftLine.of("Storage", "1", "100.00", "0")), List.of()));
        var issued = model.invoices().issue(session.actor(), draft.id(), draft.version(), LocalDate.of(2026, 3, 2));
        var vm = new InvoicesViewModel(model.invoices(), model.consignees(), model.shipments(),
                model.productionOrders(), model.outbound(), Letterhead.fromEnvironment(), session, executor, text);

        assertThat(vm.statusText(issued)).as("due Apr. 1, today Mar. 2").isEqualTo("Issued");
        clock.advance(Duration.ofDays(31));
        assertThat(vm.statusText(issued)).isEqualTo("Overdue, 1 day");
        clock.advance(Duration.ofDays(31));
        assertThat(vm.statusText(issued)).isEqualTo("Overdue, 32 days");
        assertThat(vm.daysOverdue(issued)).isEqualTo(32);
    }
}
