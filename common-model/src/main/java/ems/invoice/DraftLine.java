package ems.invoice;

import java.math.BigDecimal;

/**
 * A line as staff type it into a draft: what, how many, at what price, the excise duty it carries, and
 * optionally what it is for (a shipment, production order or outbound order of the same consignee).
 */
public record DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal exciseDuty,
                        ReferenceType referenceType, Long referenceId) implements InvoiceMath.Line {

    public enum ReferenceType { SHIPMENT, PRODUCTION_ORDER, OUTBOUND }

    public DraftLine withPrice(String price) {
        return new DraftLine(description, quantity, new BigDecimal(price), exciseDuty, referenceType, referenceId);
    }

    public static DraftLine of(String description, String quantity, String unitPrice, String exciseDuty) {
        return new DraftLine(description, new BigDecimal(quantity), new BigDecimal(unitPrice),
                new BigDecimal(exciseDuty), null, null);
    }
}
