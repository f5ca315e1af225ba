package ems.report;

import ems.consignee.Consignee;
import ems.consignee.ConsigneeService;
import ems.consignee.ConsigneeScope;
import ems.i18n.Language;
import ems.inventory.Bucket;
import ems.inventory.InventoryService;
import ems.inventory.InventoryTree;
import ems.invoice.InvoiceService;
import ems.outbound.OutboundService;
import ems.pdf.Column;
import ems.pdf.DocText;
import ems.pdf.Letterhead;
import ems.pdf.TablePdf;
import ems.production.ProductionOrderService;
import ems.shipment.ShipmentFilter;
import ems.shipment.ShipmentService;
import ems.shipment.ShipmentSort;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-demand reports, built from live data with the same queries the portal's pages use, streamed
 * row by row into the PDF (nothing is cached, and a long range never sits in memory as a list). The
 * caller has already checked that the reader may see the report's section.
 */
public final class ReportService {

    private final Clock clock;
    private final ConsigneeService consignees;
    private final ShipmentService shipments;
    private final ProductionOrderService orders;
    private final InventoryService inventory;
    private final InvoiceService invoices;
    private final OutboundService outbound;

    public ReportService(Clock clock, ConsigneeService consignees, ShipmentService shipments,
                         ProductionOrderService orders, InventoryService inventory, InvoiceService invoices,
                         OutboundService outbound) {
        this.clock = clock;
        this.consignees = consignees;
        this.shipments = shipments;
        this.orders = orders;
        this.inventory = inventory;
        this.invoices = invoices;
        this.outbound = outbound;
    }

    /** The file name a download of this report gets. */
    public String fileName(Consignee consignee, ReportRequest request) {
        return consignee.code() + "-" + request.type().name().toLowerCase().replace('_', '-')
                + (request.from() == null ? "-" + invoices.today() : "-" + request.from() + "-to-" + request.to())
                + ".pdf";
    }

    public void write(ConsigneeScope scope, ReportRequest request, Language language, Letterhead head,
                      OutputStream out) {
        DocText t = new DocText(language);
        Consignee c = consignees.get(scope);
        String title = t.t("report." + request.type().name());
        String reference = c.code() + "-" + request.type().name().replace('_', '-') + "-" + invoices.today();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t.t("report.consignee"), c.legalName() + " (" + c.code() + ")"});
        facts.add(new String[] {t.t("report.period"), request.from() == null ? t.t("report.asOf",
                t.dateTime(clock.instant())) : t.date(request.from()) + " – " + t.date(request.to())});
        facts.add(new String[] {t.t("report.generated"), t.dateTime(clock.instant())});
        switch (request.type()) {
            case SHIPMENTS -> shipments(scope, request, t, head, title, reference, facts, out);
            case PRODUCTION -> production(scope, request, t, head, title, reference, facts, out);
            case INVENTORY -> inventory(scope, c, t, head, title, reference, facts, out);
            case INVOICE_STATEMENT -> statement(scope, request, t, head, title, reference, facts, out);
            case OUTBOUND -> outbound(scope, request, t, head, title, reference, facts, out);
        }
    }

    private void shipments(ConsigneeScope scope, ReportRequest r, DocText t, Letterhead head, String title,
                           String reference, List<String[]> facts, OutputStream out) {
        long[] units = {0};
        long[] count = {0};
        ShipmentFilter filter = new ShipmentFilter(null, r.from(), r.to(), "", ShipmentSort.OLDEST);
        TablePdf.write(head, t.language(), title, reference, facts, List.of(
                Column.left(t.t("report.shipment"), 1.6f), Column.left(t.t("report.created"), 1.3f),
                Column.left(t.t("outbound.carrier"), 1.5f), Column.left(t.t("outbound.tracking"), 1.5f),
                Column.left(t.t("report.phase"), 1.1f), Column.right(t.t("outbound.units"), 0.8f)),
                sink -> shipments.each(scope, filter, s -> {
                    count[0]++;
                    units[0] += s.unitCount();
                    sink.accept(List.of(s.number(), t.dateTime(s.createdAt()), s.carrier(), s.trackingNumber(),
                            t.t("phase." + s.phase().name()), t.number(s.unitCount())));
                }), () -> List.of(new String[] {t.t("report.shipments"), t.number(count[0])},
                        new String[] {t.t("report.totalUnits"), t.number(units[0])}), out);
    }

    private void production(ConsigneeScope scope, ReportRequest r, DocText t, Letterhead head, String title,
                            String reference, List<String[]> facts, OutputStream out) {
        long[] ordered = {0};
        long[] produced = {0};
        long[] count = {0};
        TablePdf.write(head, t.language(), title, reference, facts, List.of(
                Column.left(t.t("report.order"), 1.5f), Column.left(t.t("report.request"), 1.5f),
                Column.left(t.t("report.status"), 1.2f), Column.left(t.t("report.scheduled"), 1.2f),
                Column.right(t.t("report.ordered"), 0.9f), Column.right(t.t("report.produced"), 0.9f)),
                sink -> orders.eachCreated(scope, r.from(), r.to(), o -> {
                    count[0]++;
                    ordered[0] += o.units();
                    produced[0] += o.produced();
                    sink.accept(List.of(o.number(), o.requestNumber(), t.t("orderStatus." + o.status().name()),
                            t.date(o.scheduledDate()), t.number(o.units()), t.number(o.produced())));
                }), () -> List.of(new String[] {t.t("report.orders"), t.number(count[0])},
                        new String[] {t.t("report.unitsOrdered"), t.number(ordered[0])},
                        new String[] {t.t("report.unitsProduced"), t.number(produced[0])}), out);
    }

    private void inventory(ConsigneeScope scope, Consignee c, DocText t, Letterhead head, String title,
                           String reference, List<String[]> facts, OutputStream out) {
        InventoryTree tree = inventory.tree(scope);
        List<Bucket> buckets = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            if (b == Bucket.UNSTAMPED || c.regions().contains(b.region()) || tree.holds(b)) {
                buckets.add(b);
            }
        }
        // Room for a whole SKU and the "Unstamped" heading even with all five regions on the page.
        List<Column> columns = new ArrayList<>(List.of(Column.left(t.t("outbound.product"), 2f),
                Column.left(t.t("outbound.size"), 0.8f), Column.left(t.t("outbound.sku"), 1.8f)));
        buckets.forEach(b -> columns.add(Column.right(t.t("bucket." + b.name()), b == Bucket.UNSTAMPED ? 1.2f : 0.9f)));
        columns.add(Column.right(t.t("outbound.total"), 0.9f));
        TablePdf.write(head, t.language(), title, reference, facts, columns, sink -> {
            for (InventoryTree.Node category : tree.categories()) {
                for (InventoryTree.Node product : category.children()) {
                    for (InventoryTree.Node variant : product.children()) {
                        List<String> row = new ArrayList<>(List.of(product.name(), variant.name(), variant.sku()));
                        buckets.forEach(b -> row.add(t.number(variant.totals().get(b))));
                        row.add(t.number(variant.totals().all()));
                        sink.accept(row);
                    }
                }
            }
        }, () -> List.<String[]>of(new String[] {t.t("report.totalUnits"), t.number(tree.totals().all())}), out);
    }

    private void statement(ConsigneeScope scope, ReportRequest r, DocText t, Letterhead head, String title,
                           String reference, List<String[]> facts, OutputStream out) {
        // invoiced (without voids), balance, and the part of the balance past its due date
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        java.time.LocalDate today = invoices.today();
        TablePdf.write(head, t.language(), title, reference, facts, List.of(
                Column.left(t.t("report.invoice"), 1.4f), Column.left(t.t("invoice.issueDate"), 1.15f),
                Column.left(t.t("invoice.dueDate"), 1.15f), Column.left(t.t("report.status"), 1.6f),
                Column.right(t.t("invoice.total"), 1.1f), Column.right(t.t("invoice.balance"), 1.1f)),
                sink -> invoices.statement(scope, r.from(), r.to(), i -> {
                    if (i.status() != ems.invoice.InvoiceStatus.VOID) {
                        sums[0] = sums[0].add(i.total());
                        sums[1] = sums[1].add(i.balance());
                    }
                    long late = i.daysOverdue(today);
                    if (late > 0) {
                        sums[2] = sums[2].add(i.balance());
                    }
                    // The same word the portal's list uses, so the statement and the page agree.
                    String status = late > 0 ? t.t("report.overdueDays", late) : t.t("invoice.status." + i.status().name());
                    sink.accept(List.of(i.number(), t.date(i.issueDate()), t.date(i.dueDate()), status,
                            t.money(i.total()), t.money(i.balance())));
                }), () -> {
                    // Totals are known only once the rows are written; "overdue" only when some are.
                    List<String[]> totals = new ArrayList<>();
                    totals.add(new String[] {t.t("report.invoiced"), t.money(sums[0])});
                    if (sums[2].signum() > 0) {
                        totals.add(new String[] {t.t("report.overdueBalance"), t.money(sums[2])});
                    }
                    totals.add(new String[] {t.t("invoice.balance"), t.money(sums[1])});
                    return totals;
                }, out);
    }

    private void outbound(ConsigneeScope scope, ReportRequest r, DocText t, Letterhead head, String title,
                          String reference, List<String[]> facts, OutputStream out) {
        long[] count = {0};
        long[] delivered = {0};
        // Eight facts in six columns, so that no order or tracking number breaks mid-number: the dispatch
        // and delivery days share a cell, as do the carrier and its tracking number, one per line.
        TablePdf.write(head, t.language(), title, reference, facts, List.of(
                Column.left(t.t("outbound.order"), 1.5f), Column.left(t.t("report.dispatchedDelivered"), 1.5f),
                Column.left(t.t("report.destination"), 2f), Column.left(t.t("report.region"), 1f),
                Column.left(t.t("report.carrierTracking"), 1.9f), Column.left(t.t("report.status"), 1.1f)),
                sink -> outbound.eachDispatched(scope, r.from(), r.to(), o -> {
                    count[0]++;
                    if (o.deliveredAt() != null) {
                        delivered[0]++;
                    }
                    sink.accept(List.of(o.number(), t.day(o.dispatchedAt()) + "\n" + t.day(o.deliveredAt()),
                            o.destinationName(), t.t("bucket." + o.region().name()),
                            o.carrier() + "\n" + o.trackingNumber(), t.t("outboundStatus." + o.status().name())));
                }), () -> List.of(new String[] {t.t("report.deliveries"), t.number(count[0])},
                        new String[] {t.t("report.deliveredCount"), t.number(delivered[0])}), out);
    }
}
