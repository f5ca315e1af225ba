package ems.invoice;

import ems.consignee.Province;
import java.math.BigDecimal;

/**
 * GST or HST by the province the consignee is billed in (rates in force in 2026). Provincial sales taxes
 * other than HST (QST, PST, RST) are outside this warehouse's invoices.
 */
public record SalesTax(String label, BigDecimal rate) {

    public static SalesTax of(Province province) {
        return switch (province) {
            case ON -> new SalesTax("HST", new BigDecimal("0.13"));
            case NB, NL, PE -> new SalesTax("HST", new BigDecimal("0.15"));
            case NS -> new SalesTax("HST", new BigDecimal("0.14"));
            default -> new SalesTax("GST", new BigDecimal("0.05"));
        };
    }

    /** "13%" — the rate as people write it. */
    public String percent() {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
