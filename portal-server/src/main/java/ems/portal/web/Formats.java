package ems.portal.web;

import ems.Model;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and numbers in the viewer's language. Built once per locale: a page of a hundred figures must not
 * build a hundred formatters. DateTimeFormatter is immutable; numbers are grouped by hand, because
 * NumberFormat is neither thread-safe nor cheap to create.
 */
record Formats(DateTimeFormatter date, DateTimeFormatter dateTime, char groupSeparator, char decimalSeparator) {

    private static final Map<Locale, Formats> BY_LOCALE = new ConcurrentHashMap<>();

    static Formats of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, l -> {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(l);
            return new Formats(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)
                            .withZone(Model.ZONE), symbols.getGroupingSeparator(), symbols.getDecimalSeparator());
        });
    }

    String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(groupSeparator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** Up to three decimals, as stored (weights in kilograms). */
    String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return integer(plain.longValueExact());
        }
        BigDecimal whole = plain.setScale(0, java.math.RoundingMode.DOWN);
        String fraction = plain.subtract(whole).abs().toPlainString().substring(2);
        return (plain.signum() < 0 && whole.signum() == 0 ? "-" : "") + integer(whole.longValueExact())
                + decimalSeparator + fraction;
    }

    /** Cents, grouped, with the dollar sign where Canadians put it: "$1,234.56" or "1 234,56 $". */
    String money(BigDecimal value) {
        BigDecimal cents = value.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal whole = cents.abs().setScale(0, java.math.RoundingMode.DOWN);
        String fraction = cents.abs().subtract(whole).toPlainString().substring(2);
        String amount = integer(whole.longValueExact()) + decimalSeparator + fraction;
        String sign = cents.signum() < 0 ? "-" : "";
        return decimalSeparator == ',' ? sign + amount + " $" : sign + "$" + amount;
    }
}
