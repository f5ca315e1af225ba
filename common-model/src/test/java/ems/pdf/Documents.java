package ems.pdf;

import ems.consignee.Province;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.invoice.DraftLine;
import ems.invoice.Invoice;
import ems.invoice.InvoiceCredit;
import ems.invoice.InvoiceDetail;
import ems.invoice.InvoiceLine;
import ems.invoice.InvoiceMath;
import ems.invoice.InvoiceStatus;
import ems.invoice.SalesTax;
import ems.invoice.Settlement;
import ems.outbound.DestinationKind;
import ems.outbound.OutboundDetail;
import ems.outbound.OutboundEvent;
import ems.outbound.OutboundLine;
import ems.outbound.OutboundOrder;
import ems.outbound.OutboundStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sample documents for the PDF tests and the PDF benchmark, with French accents in the names. */
public final class Documents {

    public static final Letterhead HEAD = new Letterhead("Entrepôt Sous-Douane Québec", "2400 chemin de l’Accise\nLévis QC G6V 0A1",
            "Licence d’entrepositaire EW-123456");

    private Documents() {
    }

    public static InvoiceDetail invoice(int lineCount) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            BigDecimal qty = new BigDecimal(i % 7 + 1);
            BigDecimal price = new BigDecimal("18.40").add(new BigDecimal(i % 5));
            BigDecimal duty = i % 3 == 0 ? new BigDecimal("12.50") : BigDecimal.ZERO.setScale(2);
            lines.add(new InvoiceLine(i, 1, i, "Entreposage de palettes — mois " + i + " (Crème brûlée, été)", qty,
                    price, duty, InvoiceMath.lineTotal(qty, price), i % 4 == 0 ? DraftLine.ReferenceType.SHIPMENT : null,
                    i % 4 == 0 ? 10L + i : null, i % 4 == 0 ? "SHP-BVB-000" + i : ""));
        }
        List<InvoiceCredit> credits = List.of(new InvoiceCredit(1, 1, "Rabais de fidélité", new BigDecimal("20.00")));
        InvoiceMath.Totals t = InvoiceMath.totals(lines, List.of(new BigDecimal("20.00")), SalesTax.of(Province.QC));
        BigDecimal paid = new BigDecimal("100.00");
        Invoice inv = new Invoice(1, 1, "INV-BVB-00042", InvoiceStatus.PARTIALLY_PAID, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 2), 30, Province.QC, "Merci de votre confiance.", t.subtotal(), t.duty(),
                t.credits(), t.tax(), t.total(), paid, BigDecimal.ZERO.setScale(2), t.total().subtract(paid), "",
                "Hélène Côté", "Hélène Côté", 3, Instant.parse("2026-11-02T15:00:00Z"),
                Instant.parse("2026-11-02T15:00:00Z"));
        return new InvoiceDetail(inv, "Bayview Botanicals Ltée", "4500 rue du Port\nLévis QC G6V 0A1", "BVB", lines,
                credits, List.of(new Settlement(1, 1, Settlement.Kind.PAYMENT, null, paid, LocalDate.of(2026, 11, 20),
                "EFT", "TRX-889", "Hélène Côté", Instant.parse("2026-11-20T15:00:00Z"))));
    }

    public static OutboundDetail outbound() {
        OutboundOrder o = new OutboundOrder(1, 1, "OUT-BVB-00007", "SQDC — Centre de distribution",
                "1000 boul. Saint-Laurent\nMontréal QC H2Z 1A1", DestinationKind.PROVINCIAL_DISTRIBUTOR, Region.QC,
                "Transport Bourassa", "TB-99812", OutboundStatus.DISPATCHED, LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T14:30:00Z"), null, "Hélène Côté", 4, Instant.parse("2026-11-18T14:30:00Z"),
                Instant.parse("2026-11-20T14:30:00Z"));
        List<OutboundLine> lines = List.of(
                new OutboundLine(1, 1, 1, "Fleur de Baie", "3.5 g", "BVB-FLEU-3.5G", "0628000000012", Bucket.QC, 480, 20),
                new OutboundLine(2, 1, 2, "Chocolat au sel de mer", "10 mg", "BVB-SEAS-10MG", "0628000000029", Bucket.QC,
                        240, 10));
        return new OutboundDetail(o, "Bayview Botanicals Ltée", "4500 rue du Port\nLévis QC G6V 0A1", lines,
                List.of(new OutboundEvent(1, 1, OutboundStatus.DISPATCHED, "", "", o.dispatchedAt(), "Hélène Côté")));
    }
}
