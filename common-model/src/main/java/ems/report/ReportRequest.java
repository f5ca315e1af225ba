package ems.report;

import ems.error.Validation;
import ems.error.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A report to generate: its type and, for ranged reports, the first and last day (inclusive). */
public record ReportRequest(ReportType type, LocalDate from, LocalDate to) {

    /** The longest range one report may cover: keeps a single request's work bounded. */
    public static final int MAX_DAYS = 366;

    /** @throws ValidationException on a missing or unknown type, bad dates, reversed or over-long range */
    public static ReportRequest parse(String type, String from, String to) {
        Validation v = new Validation();
        ReportType t = ReportType.parse(type);
        v.check(t != null, "type", "error.report.type");
        LocalDate start = date(v, "from", from, t != null && t.ranged());
        LocalDate end = date(v, "to", to, t != null && t.ranged());
        if (start != null && end != null) {
            v.check(!end.isBefore(start), "to", "error.date.order");
            v.check(ChronoUnit.DAYS.between(start, end) < MAX_DAYS, "to", "error.report.range", MAX_DAYS);
        }
        v.throwIfInvalid();
        return new ReportRequest(t, t.ranged() ? start : null, t.ranged() ? end : null);
    }

    private static LocalDate date(Validation v, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                v.add(field, "error.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "error.date.invalid");
            return null;
        }
    }
}
