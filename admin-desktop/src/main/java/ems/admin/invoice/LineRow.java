package ems.admin.invoice;

import ems.invoice.DraftLine;
import java.math.BigDecimal;

/** A draft line as typed in the editor, with the document it refers to (if any) for display. */
public record LineRow(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal exciseDuty,
                      Reference reference) {

    /** A shipment, production order or outbound order of the invoice's consignee. */
    public record Reference(DraftLine.ReferenceType type, long id, String label) {
    }

    DraftLine toDraft() {
        return new DraftLine(description, quantity, unitPrice, exciseDuty, reference == null ? null : reference.type(),
                reference == null ? null : reference.id());
    }
}
