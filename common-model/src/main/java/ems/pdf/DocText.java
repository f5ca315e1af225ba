package ems.pdf;

import ems.i18n.Language;
import ems.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** A document's words and figures in the reader's language: labels, money, dates, numbers. */
public final class DocText {

    private static final Map<Language, Messages> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, new Messages("i18n.documents", language));
        }
    }

    private final Language language;
    private final Messages messages;
    private final Locale locale;
    private final NumberFormat money;
    private final NumberFormat number;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public DocText(Language language) {
        this.language = language;
        this.messages = BUNDLES.get(language);
        this.locale = language == Language.FR ? Locale.CANADA_FRENCH : Locale.CANADA;
        this.money = NumberFormat.getCurrencyInstance(locale);
        // Canadian readers write "$" in both languages ("1 234,56 $" in French), never "$ CA".
        if (money instanceof java.text.DecimalFormat decimal) {
            java.text.DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol("$");
            decimal.setDecimalFormatSymbols(symbols);
        }
        this.number = NumberFormat.getNumberInstance(locale);
        this.number.setMaximumFractionDigits(3);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ems.Model.ZONE);
    }

    public Language language() {
        return language;
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Money with the currency sign where the reader expects it, with non-breaking spaces made plain. */
    public String money(BigDecimal value) {
        return plain(money.format(value));
    }

    public String number(Number value) {
        return plain(number.format(value));
    }

    public String date(LocalDate value) {
        return value == null ? "—" : plain(date.format(value));
    }

    /** The warehouse day of a moment ("Nov. 26, 2026"), for columns where the time would not fit. */
    public String day(Instant value) {
        return value == null ? "—" : date(LocalDate.ofInstant(value, ems.Model.ZONE));
    }

    public String dateTime(Instant value) {
        return value == null ? "—" : plain(dateTime.format(value));
    }

    /** "Page %d of %d" for {@link PdfLayout#finish}. */
    public String pageOf() {
        return t("doc.pageOf");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
