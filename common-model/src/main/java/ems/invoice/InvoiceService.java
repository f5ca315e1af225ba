package ems.invoice;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.db.Counters;
import ems.db.Keyset;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.db.ListPage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Invoices from draft to paid. A draft is edited freely (its totals recomputed by {@link InvoiceMath} on
 * every save); issuing numbers and freezes it; afterwards only payments, credit notes and — while nothing
 * is settled — a void with a reason change its balance or status. Customers only ever read issued ones.
 */
public final class InvoiceService {

    public static final int PAGE_SIZE = 25;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditTrail audit;

    public InvoiceService(Jdbi jdbi, Clock clock, ZoneId zone, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    // ---- staff ----

    public Invoice createDraft(Actor staff, long consigneeId) {
        return jdbi.inTransaction(h -> {
            Consignee c = h.attach(ConsigneeRepository.class).find(consigneeId)
                    .orElseThrow(() -> new NotFoundException("consignee", consigneeId));
            long id = h.attach(InvoiceRepository.class).insertDraft(c.id(), 30, c.province(), staff.name(),
                    clock.instant());
            audit.record(h, staff, c.id(), "invoice.drafted", "invoice", id, "draft");
            return h.attach(InvoiceRepository.class).findAny(id).orElseThrow();
        });
    }

    /** Replaces a draft's lines, credits, terms and notes; refused once issued. */
    public Invoice saveDraft(Actor staff, long invoiceId, int version, InvoiceDraft draft) {
        InvoiceDraft valid = draft.validated();
        return jdbi.inTransaction(h -> {
            InvoiceRepository repo = h.attach(InvoiceRepository.class);
            Invoice invoice = draftOrRefuse(repo, invoiceId, version);
            List<String> labels = valid.lines().stream().map(l -> referenceLabel(h, invoice.consigneeId(), l)).toList();
            InvoiceMath.Totals totals = InvoiceMath.totals(valid.lines(),
                    valid.credits().stream().map(DraftCredit::amount).toList(), invoice.salesTax());
            if (repo.saveDraft(invoiceId, version, valid.termsDays(), valid.notes(), totals, staff.name(),
                    clock.instant()) == 0) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            repo.deleteLines(invoice.consigneeId(), invoiceId);
            repo.deleteCredits(invoice.consigneeId(), invoiceId);
            for (int i = 0; i < valid.lines().size(); i++) {
                DraftLine l = valid.lines().get(i);
                repo.insertLine(invoice.consigneeId(), invoiceId, i + 1, l.description(), l.quantity(),
                        InvoiceMath.cents(l.unitPrice()), InvoiceMath.cents(l.exciseDuty()),
                        InvoiceMath.lineTotal(l.quantity(), l.unitPrice()), l.referenceType(), l.referenceId(),
                        labels.get(i));
            }
            for (DraftCredit c : valid.credits()) {
                repo.insertCredit(invoice.consigneeId(), invoiceId, c.description(), InvoiceMath.cents(c.amount()));
            }
            return repo.findAny(invoiceId).orElseThrow();
        });
    }

    public void deleteDraft(Actor staff, long invoiceId, int version) {
        jdbi.useTransaction(h -> {
            InvoiceRepository repo = h.attach(InvoiceRepository.class);
            Invoice invoice = draftOrRefuse(repo, invoiceId, version);
            repo.deleteLines(invoice.consigneeId(), invoiceId);
            repo.deleteCredits(invoice.consigneeId(), invoiceId);
            if (repo.deleteDraft(invoiceId, version) == 0) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            audit.record(h, staff, invoice.consigneeId(), "invoice.draftDeleted", "invoice", invoiceId, "draft");
        });
    }

    /** Numbers the draft and makes it visible to the customer; it can no longer be edited. */
    public Invoice issue(Actor staff, long invoiceId, int version, LocalDate issueDate) {
        return jdbi.inTransaction(h -> {
            InvoiceRepository repo = h.attach(InvoiceRepository.class);
            Invoice invoice = draftOrRefuse(repo, invoiceId, version);
            if (repo.lines(invoice.consigneeId(), invoiceId).isEmpty()) {
                throw ValidationException.of("lines", "error.invoice.empty");
            }
            if (invoice.total().signum() <= 0) {
                throw ValidationException.of("lines", "error.invoice.notPositive");
            }
            LocalDate date = issueDate == null ? today() : issueDate;
            String code = h.attach(ConsigneeRepository.class).find(invoice.consigneeId()).orElseThrow().code();
            String number = "INV-" + code + "-" + String.format("%05d", Counters.next(h, invoice.consigneeId(),
                    "INVOICE"));
            if (repo.issue(invoiceId, version, number, date, date.plusDays(invoice.termsDays()), staff.name(),
                    clock.instant()) == 0) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            audit.record(h, staff, invoice.consigneeId(), "invoice.issued", "invoice", invoiceId,
                    number + " " + invoice.total());
            return repo.findAny(invoiceId).orElseThrow();
        });
    }

    public Invoice recordPayment(Actor staff, long invoiceId, int version, BigDecimal amount, LocalDate onDate,
                                 String method, String reference) {
        Validation v = new Validation();
        InvoiceDraft.money(v, "amount", amount, 2, false, InvoiceDraft.MAX_MONEY);
        v.check(onDate != null, "onDate", "error.required");
        String cleanMethod = v.optionalText("method", method, 40);
        String cleanReference = v.optionalText("reference", reference, 120);
        v.throwIfInvalid();
        return settle(staff, invoiceId, version, Settlement.Kind.PAYMENT, amount, onDate, cleanMethod, cleanReference);
    }

    /** A credit note reduces what is owed without touching the issued invoice; the reason is kept. */
    public Invoice creditNote(Actor staff, long invoiceId, int version, BigDecimal amount, String reason) {
        Validation v = new Validation();
        InvoiceDraft.money(v, "amount", amount, 2, false, InvoiceDraft.MAX_MONEY);
        String cleanReason = v.text("reason", reason, 120);
        v.throwIfInvalid();
        return settle(staff, invoiceId, version, Settlement.Kind.CREDIT_NOTE, amount, today(), "", cleanReason);
    }

    public Invoice voidInvoice(Actor staff, long invoiceId, int version, String reason) {
        Validation v = new Validation();
        String cleanReason = v.multiline("reason", reason, 2_000);
        v.throwIfInvalid();
        return jdbi.inTransaction(h -> {
            InvoiceRepository repo = h.attach(InvoiceRepository.class);
            Invoice invoice = any(repo, invoiceId);
            if (invoice.version() != version) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            if (invoice.status() != InvoiceStatus.ISSUED) {
                throw ValidationException.of("status", invoice.status() == InvoiceStatus.DRAFT
                        ? "error.invoice.voidDraft" : "error.invoice.voidSettled");
            }
            if (repo.voidIssued(invoiceId, version, cleanReason, clock.instant()) == 0) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            audit.record(h, staff, invoice.consigneeId(), "invoice.voided", "invoice", invoiceId,
                    invoice.number() + ": " + cleanReason);
            return repo.findAny(invoiceId).orElseThrow();
        });
    }

    public InvoiceDetail detailForStaff(long invoiceId) {
        return jdbi.withHandle(h -> detail(h, any(h.attach(InvoiceRepository.class), invoiceId)));
    }

    public List<Invoice> staffList(InvoiceStatus status, Long consigneeId, String search, int limit) {
        return jdbi.withHandle(h -> new InvoiceListRepository(h).staff(status, consigneeId,
                search == null ? "" : search.strip(), limit));
    }

    // ---- customer ----

    /** An issued invoice of the consignee; drafts and other consignees' answer not found. */
    public InvoiceDetail detail(ConsigneeScope scope, long invoiceId) {
        return jdbi.withHandle(h -> detail(h, h.attach(InvoiceRepository.class).findIssued(scope.consigneeId(),
                invoiceId).orElseThrow(() -> new NotFoundException("invoice", invoiceId))));
    }

    public ListPage<Invoice> page(ConsigneeScope scope, InvoiceCategory category, String search, InvoiceSort sort,
                                  String after) {
        Keyset cursor = Keyset.decode(after);
        InvoiceListRepository.After position = cursor == null ? null
                : new InvoiceListRepository.After(LocalDate.ofInstant(cursor.at(), ZoneOffset.UTC), cursor.id());
        List<Invoice> rows = jdbi.withHandle(h -> new InvoiceListRepository(h).page(scope.consigneeId(), category,
                clean(search), sort, position, PAGE_SIZE + 1));
        if (rows.size() <= PAGE_SIZE) {
            return new ListPage<>(rows, null);
        }
        Invoice last = rows.get(PAGE_SIZE - 1);
        LocalDate date = sort == InvoiceSort.DUE ? last.dueDate() : last.issueDate();
        return new ListPage<>(rows.subList(0, PAGE_SIZE),
                new Keyset(date.atStartOfDay(ZoneOffset.UTC).toInstant(), last.id()).encode());
    }

    public void each(ConsigneeScope scope, InvoiceCategory category, String search, InvoiceSort sort,
                     Consumer<Invoice> rows) {
        jdbi.useHandle(h -> new InvoiceListRepository(h).each(scope.consigneeId(), category, clean(search), sort, rows));
    }

    /** The consignee's issued invoices dated between two days, streamed (the invoice statement). */
    public void statement(ConsigneeScope scope, LocalDate from, LocalDate to, Consumer<Invoice> rows) {
        jdbi.useHandle(h -> new InvoiceListRepository(h).statement(scope.consigneeId(), from, to, rows));
    }

    public CategoryTotals totals(ConsigneeScope scope, InvoiceCategory category) {
        return jdbi.withHandle(h -> new InvoiceListRepository(h).totals(scope.consigneeId(), category, today()));
    }

    // ---- inside ----

    private Invoice settle(Actor staff, long invoiceId, int version, Settlement.Kind kind, BigDecimal amount,
                           LocalDate onDate, String method, String reference) {
        return jdbi.inTransaction(h -> {
            InvoiceRepository repo = h.attach(InvoiceRepository.class);
            Invoice invoice = any(repo, invoiceId);
            if (invoice.version() != version) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            if (!invoice.status().isOutstanding()) {
                throw ValidationException.of("status", "error.invoice.notOutstanding");
            }
            if (amount.compareTo(invoice.balance()) > 0) {
                throw ValidationException.of("amount", "error.invoice.overBalance", invoice.balance());
            }
            boolean payment = kind == Settlement.Kind.PAYMENT;
            if (repo.settle(invoiceId, version, payment ? amount : BigDecimal.ZERO, payment ? BigDecimal.ZERO : amount,
                    clock.instant()) == 0) {
                throw new StaleVersionException("invoice", invoiceId);
            }
            String number = payment ? null : "CN-" + invoice.number().substring(4) + "-"
                    + Counters.next(h, invoice.consigneeId(), "CREDIT_NOTE");
            repo.insertSettlement(invoice.consigneeId(), invoiceId, kind, number, amount, onDate, method, reference,
                    staff.name(), clock.instant());
            audit.record(h, staff, invoice.consigneeId(), payment ? "invoice.paid" : "invoice.credited", "invoice",
                    invoiceId, invoice.number() + " " + amount + (reference.isEmpty() ? "" : " " + reference));
            return repo.findAny(invoiceId).orElseThrow();
        });
    }

    private InvoiceDetail detail(Handle h, Invoice invoice) {
        InvoiceRepository repo = h.attach(InvoiceRepository.class);
        Consignee c = h.attach(ConsigneeRepository.class).find(invoice.consigneeId()).orElseThrow();
        return new InvoiceDetail(invoice, c.legalName(), c.billingAddress(), c.code(),
                repo.lines(invoice.consigneeId(), invoice.id()), repo.credits(invoice.consigneeId(), invoice.id()),
                repo.settlements(invoice.consigneeId(), invoice.id()));
    }

    private static Invoice draftOrRefuse(InvoiceRepository repo, long invoiceId, int version) {
        Invoice invoice = any(repo, invoiceId);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw ValidationException.of("status", "error.invoice.notDraft");
        }
        if (invoice.version() != version) {
            throw new StaleVersionException("invoice", invoiceId);
        }
        return invoice;
    }

    private static Invoice any(InvoiceRepository repo, long invoiceId) {
        return repo.findAny(invoiceId).orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    }

    /** The number of the shipment / production order / outbound order a line points at, of this consignee. */
    private static String referenceLabel(Handle h, long consigneeId, DraftLine line) {
        if (line.referenceType() == null) {
            return "";
        }
        String table = switch (line.referenceType()) {
            case SHIPMENT -> "shipment";
            case PRODUCTION_ORDER -> "production_order";
            case OUTBOUND -> "outbound_order";
        };
        return h.createQuery("select number from " + table + " where consignee_id = :c and id = :id")
                .bind("c", consigneeId).bind("id", line.referenceId()).mapTo(String.class).findOne()
                .orElseThrow(() -> ValidationException.of("lines", "error.invoice.referenceUnknown"));
    }

    private static String clean(String search) {
        return search == null ? "" : search.strip();
    }
}
