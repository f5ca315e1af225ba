package ems.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The one place invoice figures are computed, for the editor's live totals, the stored invoice, the page
 * and the PDF alike. Each line is rounded half-up to the cent; totals are sums of rounded figures, so
 * the total always equals what a reader adds up: lines + duty − credits + tax.
 */
public final class InvoiceMath {

    private InvoiceMath() {
    }

    public record Totals(BigDecimal subtotal, BigDecimal duty, BigDecimal credits, BigDecimal taxBase,
                         BigDecimal tax, BigDecimal total) {
    }

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal lineTotal(BigDecimal quantity, BigDecimal unitPrice) {
        return cents(quantity.multiply(unitPrice));
    }

    public static Totals totals(List<? extends Line> lines, List<BigDecimal> credits, SalesTax tax) {
        BigDecimal subtotal = lines.stream().map(l -> lineTotal(l.quantity(), l.unitPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal duty = lines.stream().map(l -> cents(l.exciseDuty())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal credit = credits.stream().map(InvoiceMath::cents).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal base = subtotal.add(duty).subtract(credit);
        BigDecimal taxAmount = cents(base.max(BigDecimal.ZERO).multiply(tax.rate()));
        return new Totals(subtotal, duty, credit, base, taxAmount, base.add(taxAmount));
    }

    /** What the arithmetic needs of a line. */
    public interface Line {
        BigDecimal quantity();

        BigDecimal unitPrice();

        BigDecimal exciseDuty();
    }
}
