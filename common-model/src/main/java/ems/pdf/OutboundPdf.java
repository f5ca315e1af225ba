package ems.pdf;

import ems.i18n.Language;
import ems.inventory.Bucket;
import ems.outbound.OutboundDetail;
import ems.outbound.OutboundLine;
import ems.outbound.OutboundOrder;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The two documents of a dispatched outbound order: the packing slip and the bill of lading. */
public final class OutboundPdf {

    private OutboundPdf() {
    }

    public static void packingSlip(OutboundDetail detail, Letterhead head, Language language, OutputStream out) {
        DocText t = new DocText(language);
        OutboundOrder o = detail.order();
        try (PdfLayout pdf = new PdfLayout(head.name() + " · " + t.t("outbound.packingSlip") + " " + o.number())) {
            pdf.letterhead(head, t.t("outbound.packingSlip"), o.number());
            pdf.parties(t.t("outbound.shipTo"), o.destinationName(), o.destinationAddress(), t.t("outbound.owner"),
                    detail.consigneeName(), detail.consigneeAddress());
            pdf.facts(facts(t, o));
            List<List<String>> rows = new ArrayList<>();
            for (OutboundLine l : detail.lines()) {
                rows.add(List.of(l.productName(), l.sizeLabel(), l.sku(), l.gtin() == null ? "" : l.gtin(),
                        t.t("bucket." + l.bucket().name()), t.number(l.cases()), t.number(l.quantity())));
            }
            rows.add(List.of(t.t("outbound.total"), "", "", "", "", t.number(detail.cases()), t.number(detail.units())));
            pdf.table(List.of(Column.left(t.t("outbound.product"), 2.3f), Column.left(t.t("outbound.size"), 0.9f),
                    Column.left(t.t("outbound.sku"), 1.7f), Column.left(t.t("outbound.gtin"), 1.9f),
                    Column.left(t.t("outbound.stamps"), 1.1f), Column.right(t.t("outbound.cases"), 0.8f),
                    Column.right(t.t("outbound.units"), 0.9f)), rows);
            pdf.signOff(t.t("doc.preparedBy"), t.t("doc.approvedBy"), t.t("doc.date"));
            pdf.finish(out, head.name() + " · " + o.number(), t.pageOf());
        }
    }

    public static void billOfLading(OutboundDetail detail, Letterhead head, Language language, OutputStream out) {
        DocText t = new DocText(language);
        OutboundOrder o = detail.order();
        try (PdfLayout pdf = new PdfLayout(head.name() + " · " + t.t("outbound.billOfLading") + " " + o.number())) {
            pdf.letterhead(head, t.t("outbound.billOfLading"), o.number());
            pdf.parties(t.t("outbound.shipFrom"), head.name(), head.address(), t.t("outbound.shipTo"),
                    o.destinationName(), o.destinationAddress());
            pdf.facts(facts(t, o));
            pdf.heading(t.t("outbound.goods"));
            List<List<String>> rows = new ArrayList<>();
            for (OutboundLine l : detail.lines()) {
                rows.add(List.of(t.number(l.cases()), l.productName() + " " + l.sizeLabel() + " (" + l.sku() + ")",
                        t.t("bucket." + l.bucket().name()), t.number(l.quantity())));
            }
            rows.add(List.of(t.number(detail.cases()), t.t("outbound.total"), "", t.number(detail.units())));
            pdf.table(List.of(Column.right(t.t("outbound.cases"), 0.8f), Column.left(t.t("outbound.goods"), 5f),
                    Column.left(t.t("outbound.stamps"), 1.2f), Column.right(t.t("outbound.units"), 1f)), rows);
            pdf.heading(t.t("outbound.exciseStatus"));
            boolean unstamped = detail.lines().stream().anyMatch(l -> l.bucket() == Bucket.UNSTAMPED);
            pdf.paragraph(unstamped ? t.t("outbound.underBond")
                    : t.t("outbound.dutyPaid", t.t("bucket." + o.region().name())));
            pdf.paragraph(t.t("doc.labelled", t.t("outbound.owner"), detail.consigneeName()));
            pdf.signOff(t.t("outbound.shipperSigns"), t.t("outbound.carrierSigns"), t.t("doc.date"));
            pdf.signOff(t.t("doc.preparedBy"), t.t("doc.approvedBy"), t.t("doc.date"));
            pdf.signOff(t.t("outbound.receiverSigns"), "", t.t("doc.date"));
            pdf.finish(out, head.name() + " · " + o.number(), t.pageOf());
        }
    }

    private static List<String[]> facts(DocText t, OutboundOrder o) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t.t("outbound.order"), o.number()});
        facts.add(new String[] {t.t("outbound.dispatched"), t.dateTime(o.dispatchedAt())});
        facts.add(new String[] {t.t("outbound.carrier"), o.carrier().isEmpty() ? "—" : o.carrier()});
        facts.add(new String[] {t.t("outbound.tracking"), o.trackingNumber().isEmpty() ? "—" : o.trackingNumber()});
        facts.add(new String[] {t.t("outbound.region"), t.t("bucket." + o.region().name())});
        facts.add(new String[] {t.t("outbound.destinationKind"), t.t("outbound.kind." + o.destinationKind().name())});
        return facts;
    }
}
