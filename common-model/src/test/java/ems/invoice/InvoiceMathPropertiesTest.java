package ems.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import ems.consignee.Province;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invoice arithmetic for any lines, credits and province: the figures always add up to the cent. */
class InvoiceMathPropertiesTest {

    @Provide
    Arbitrary<DraftLine> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.001"),
                new BigDecimal("100000")).ofScale(3);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999"))
                .ofScale(2);
        Arbitrary<BigDecimal> duty = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000"))
                .ofScale(2);
        return Combinators.combine(quantity, price, duty).as((q, p, d) -> new DraftLine("x", q, p, d, null, null));
    }

    @Provide
    Arbitrary<BigDecimal> credits() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2);
    }

    @Property(tries = 500)
    void totalIsTheSumOfRoundedLinesPlusDutyMinusCreditsPlusTax(
            @ForAll @Size(max = 40) List<@From("lines") DraftLine> lines,
            @ForAll @Size(max = 5) List<@From("credits") BigDecimal> credits,
            @ForAll Province province) {
        SalesTax tax = SalesTax.of(province);
        InvoiceMath.Totals t = InvoiceMath.totals(lines, credits, tax);

        BigDecimal rounded = BigDecimal.ZERO;
        for (DraftLine l : lines) {
            BigDecimal line = InvoiceMath.lineTotal(l.quantity(), l.unitPrice());
            assertThat(line.scale()).isEqualTo(2);
            assertThat(line.subtract(l.quantity().multiply(l.unitPrice())).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.005"));
            rounded = rounded.add(line);
        }
        assertThat(t.subtotal()).isEqualByComparingTo(rounded);
        assertThat(t.duty()).isEqualByComparingTo(lines.stream().map(DraftLine::exciseDuty)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(t.credits()).isEqualByComparingTo(credits.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal base = t.subtotal().add(t.duty()).subtract(t.credits());
        assertThat(t.taxBase()).isEqualByComparingTo(base);
        assertThat(t.tax()).isEqualByComparingTo(base.max(BigDecimal.ZERO).multiply(tax.rate())
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(t.total()).isEqualByComparingTo(base.add(t.tax()));
        assertThat(List.of(t.subtotal(), t.duty(), t.credits(), t.tax(), t.total()))
                .allSatisfy(v -> assertThat(v.scale()).isEqualTo(2));
    }

    @Property(tries = 200)
    void roundingIsHalfUpToTheCentPerLine(@ForAll("lines") DraftLine line) {
        BigDecimal exact = line.quantity().multiply(line.unitPrice());
        BigDecimal cents = InvoiceMath.lineTotal(line.quantity(), line.unitPrice());
        BigDecimal halfCent = new BigDecimal("0.005");
        assertThat(cents.subtract(exact)).isGreaterThan(halfCent.negate()).isLessThanOrEqualTo(halfCent);
    }
}
