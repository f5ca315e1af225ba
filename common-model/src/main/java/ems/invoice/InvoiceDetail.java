package ems.invoice;

import java.util.List;

/** An invoice with its lines, pre-issue credits and post-issue settlements, and whose it is. */
public record InvoiceDetail(Invoice invoice, String consigneeName, String consigneeAddress, String consigneeCode,
                            List<InvoiceLine> lines, List<InvoiceCredit> credits, List<Settlement> settlements) {
}
