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

    /**
     * The rate in percent without its sign ("13"), for a message that places the sign as its language
     * does ("HST 13%", "TVH 13 %"). {@link #label()} is the tax's code; readers see it translated
     * through the key {@code tax.<label>}.
     */
    public String percentFigure() {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
