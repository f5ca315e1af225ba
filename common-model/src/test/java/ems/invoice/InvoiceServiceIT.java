package ems.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ems.consignee.Consignee;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.testing.ModelTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceServiceIT extends ModelTest {

    private Consignee nlc; // Ontario: HST 13 %
    private InvoiceService invoices;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        invoices = model.invoices();
    }

    private InvoiceDraft draft(DraftLine... lines) {
        return new InvoiceDraft(30, "Thank you", List.of(lines), List.of());
    }

    @Test
    void aDraftIsEditedThenIssuedWithANumberAndFrozen() {
        Invoice d = invoices.createDraft(STAFF, nlc.id());
        assertThat(d.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(d.number()).isNull();
        d = invoices.saveDraft(STAFF, d.id(), d.version(), new InvoiceDraft(30, "", List.of(
                DraftLine.of("Storage, pallet-months", "12.5", "18.40", "0"),
                DraftLine.of("Stamping labour", "1200", "0.045", "0.00").withPrice("0.05"),
                DraftLine.of("Excise duty on 240 units", "1", "0", "312.00")),
                List.of(new DraftCredit("Loyalty discount", new BigDecimal("20.00")))));
        // 230.00 + 60.00 + 0.00 = 290.00; duty 312.00; credit 20.00; base 582.00; HST 75.66
        assertThat(d.subtotal()).isEqualByComparingTo("290.00");
        assertThat(d.dutyTotal()).isEqualByComparingTo("312.00");
        assertThat(d.taxTotal()).isEqualByComparingTo("75.66");
        assertThat(d.total()).isEqualByComparingTo("657.66");
        assertThatThrownBy(() -> invoices.detail(nlc.scope(), invoices.staffList(null, nlc.id(), "", 5).get(0).id()))
                .as("drafts are invisible to the customer").isInstanceOf(NotFoundException.class);

        Invoice issued = invoices.issue(STAFF, d.id(), d.version(), LocalDate.of(2026, 3, 2));
        assertThat(issued.number()).isEqualTo("INV-NLC-00001");
        assertThat(issued.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(issued.balance()).isEqualByComparingTo("657.66");
        assertThat(invoices.detail(nlc.scope(), issued.id()).lines()).hasSize(3);
        Invoice frozen = issued;
        assertThatThrownBy(() -> invoices.saveDraft(STAFF, frozen.id(), frozen.version(), draft(
                DraftLine.of("Sneaky", "1", "1", "0")))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("status").key()).isEqualTo("error.invoice.notDraft"));
        assertThat(invoices.detailForStaff(issued.id()).lines()).hasSize(3);
    }

    @Test
    void badDraftsAndAnEmptyIssueAreRefusedWhole() {
        Invoice d = invoices.createDraft(STAFF, nlc.id());
        record Case(String field, DraftLine line) { }
        for (Case c : List.of(
                new Case("line0.quantity", DraftLine.of("x", "-1", "1", "0")),
                new Case("line0.quantity", DraftLine.of("x", "0", "1", "0")),
                new Case("line0.unitPrice", DraftLine.of("x", "1", "1.2345", "0")),
                new Case("line0.exciseDuty", DraftLine.of("x", "1", "1", "-3")),
                new Case("line0.quantity", DraftLine.of("x", "0.0001", "1", "0")),
                new Case("line0.description", DraftLine.of(" ", "1", "1", "0")))) {
            assertThatThrownBy(() -> invoices.saveDraft(STAFF, d.id(), d.version(), draft(c.line())))
                    .as(c.field()).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errorFor(c.field())).isNotNull());
        }
        assertThat(invoices.detailForStaff(d.id()).lines()).isEmpty();
        assertThatThrownBy(() -> invoices.issue(STAFF, d.id(), d.version(), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("lines").key()).isEqualTo("error.invoice.empty"));
        assertThatThrownBy(() -> invoices.saveDraft(STAFF, d.id(), d.version() + 5, draft(
                DraftLine.of("x", "1", "1", "0")))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void paymentsCreditNotesAndVoidFollowTheRules() {
        Invoice d = invoices.createDraft(STAFF, nlc.id());
        d = invoices.saveDraft(STAFF, d.id(), d.version(), draft(DraftLine.of("Storage", "10", "10.00", "0")));
        Invoice i = invoices.issue(STAFF, d.id(), d.version(), LocalDate.of(2026, 1, 15)); // 113.00, due Feb 14
        assertThat(i.daysOverdue(LocalDate.of(2026, 3, 2))).isEqualTo(16);
        Invoice fixed = i;
        assertThatThrownBy(() -> invoices.recordPayment(STAFF, fixed.id(), fixed.version(), new BigDecimal("113.01"),
                LocalDate.of(2026, 3, 1), "EFT", "")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("amount").key()).isEqualTo("error.invoice.overBalance"));
        i = invoices.recordPayment(STAFF, i.id(), i.version(), new BigDecimal("50.00"), LocalDate.of(2026, 3, 1),
                "EFT", "TRX-1");
        assertThat(i.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        Invoice partly = i;
        assertThatThrownBy(() -> invoices.voidInvoice(STAFF, partly.id(), partly.version(), "Wrong customer"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("status").key()).isEqualTo("error.invoice.voidSettled"));
        i = invoices.creditNote(STAFF, i.id(), i.version(), new BigDecimal("13.00"), "Damaged case");
        i = invoices.recordPayment(STAFF, i.id(), i.version(), new BigDecimal("50.00"), LocalDate.of(2026, 3, 2),
                "Cheque", "1042");
        assertThat(i.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(i.balance()).isEqualByComparingTo("0");
        assertThat(invoices.detail(nlc.scope(), i.id()).settlements()).extracting(s -> s.kind() + " " + s.amount()
                + " " + (s.number() == null ? "" : s.number())).containsExactly("PAYMENT 50.00 ",
                "CREDIT_NOTE 13.00 CN-NLC-00001-1", "PAYMENT 50.00 ");
        Invoice paid = i;
        assertThatThrownBy(() -> invoices.recordPayment(STAFF, paid.id(), paid.version(), BigDecimal.ONE,
                LocalDate.of(2026, 3, 2), "", "")).isInstanceOf(ValidationException.class);

        Invoice other = invoices.createDraft(STAFF, nlc.id());
        other = invoices.saveDraft(STAFF, other.id(), other.version(), draft(DraftLine.of("Storage", "1", "5", "0")));
        other = invoices.issue(STAFF, other.id(), other.version(), null);
        Invoice voided = invoices.voidInvoice(STAFF, other.id(), other.version(), "Billed twice");
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.voidReason()).isEqualTo("Billed twice");
    }

    @Test
    void theCustomerSeesIssuedInvoicesByCategoryWithTotalsAndNeverADraft() {
        Consignee oth = consignee("OTH");
        for (int n = 0; n < 3; n++) {
            Invoice d = invoices.createDraft(STAFF, nlc.id());
            d = invoices.saveDraft(STAFF, d.id(), d.version(), draft(DraftLine.of("Storage", "1", "100", "0")));
            Invoice issued = invoices.issue(STAFF, d.id(), d.version(), LocalDate.of(2026, 1, 1).plusDays(20L * n));
            if (n == 0) {
                invoices.recordPayment(STAFF, issued.id(), issued.version(), new BigDecimal("113.00"),
                        LocalDate.of(2026, 2, 1), "EFT", "");
            }
            clock.advance(Duration.ofMinutes(1));
        }
        invoices.createDraft(STAFF, nlc.id());
        Invoice foreign = invoices.createDraft(STAFF, oth.id());
        foreign = invoices.saveDraft(STAFF, foreign.id(), foreign.version(), draft(DraftLine.of("X", "1", "9", "0")));
        invoices.issue(STAFF, foreign.id(), foreign.version(), null);

        var outstanding = invoices.page(nlc.scope(), InvoiceCategory.OUTSTANDING, "", InvoiceSort.NEWEST, null);
        assertThat(outstanding.rows()).extracting(Invoice::number).containsExactly("INV-NLC-00003", "INV-NLC-00002");
        var paid = invoices.page(nlc.scope(), InvoiceCategory.PAID, "", InvoiceSort.NEWEST, null);
        assertThat(paid.rows()).extracting(Invoice::number).containsExactly("INV-NLC-00001");
        CategoryTotals totals = invoices.totals(nlc.scope(), InvoiceCategory.OUTSTANDING);
        assertThat(totals.count()).isEqualTo(2);
        assertThat(totals.balance()).isEqualByComparingTo("226.00");
        assertThat(totals.overdue()).as("due Feb 20 and Mar 12; today Mar 2").isEqualTo(1);
        assertThat(invoices.page(nlc.scope(), InvoiceCategory.OUTSTANDING, "0003", InvoiceSort.DUE, null).rows())
                .hasSize(1);
    }
}
