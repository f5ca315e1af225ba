package ems.invoice;

import ems.error.Validation;
import java.math.BigDecimal;
import java.util.List;

/** Everything staff edit on a draft invoice; validated as a whole so nothing is saved half-right. */
public record InvoiceDraft(int termsDays, String notes, List<DraftLine> lines, List<DraftCredit> credits) {

    public static final int MAX_LINES = 500;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    static final BigDecimal MAX_MONEY = new BigDecimal("10000000");

    /** Checks a draft the way saving will, without saving: for editors that validate as staff type. */
    public static void check(InvoiceDraft draft) {
        draft.validated();
    }

    InvoiceDraft validated() {
        Validation v = new Validation();
        v.check(termsDays >= 0 && termsDays <= 365, "termsDays", "error.invoice.terms");
        String cleanNotes = v.optionalMultiline("notes", notes, 2_000);
        List<DraftLine> given = lines == null ? List.of() : List.copyOf(lines);
        List<DraftCredit> givenCredits = credits == null ? List.of() : List.copyOf(credits);
        v.check(given.size() <= MAX_LINES, "lines", "error.invoice.tooManyLines", MAX_LINES);
        for (int i = 0; i < given.size(); i++) {
            DraftLine line = given.get(i);
            String at = "line" + i;
            v.text(at + ".description", line.description(), 300);
            money(v, at + ".quantity", line.quantity(), 3, false, MAX_QUANTITY);
            money(v, at + ".unitPrice", line.unitPrice(), 2, true, MAX_MONEY);
            money(v, at + ".exciseDuty", line.exciseDuty(), 2, true, MAX_MONEY);
            v.check((line.referenceType() == null) == (line.referenceId() == null), at + ".reference",
                    "error.invoice.reference");
        }
        for (int i = 0; i < givenCredits.size(); i++) {
            DraftCredit credit = givenCredits.get(i);
            v.text("credit" + i + ".description", credit.description(), 300);
            money(v, "credit" + i + ".amount", credit.amount(), 2, false, MAX_MONEY);
        }
        v.throwIfInvalid();
        List<DraftLine> clean = given.stream().map(l -> new DraftLine(l.description().strip(), l.quantity(),
                l.unitPrice(), l.exciseDuty(), l.referenceType(), l.referenceId())).toList();
        List<DraftCredit> cleanCredits = givenCredits.stream()
                .map(c -> new DraftCredit(c.description().strip(), c.amount())).toList();
        return new InvoiceDraft(termsDays, cleanNotes, clean, cleanCredits);
    }

    /** Positive (or zero when allowed), at most {@code scale} decimals, below a sane ceiling. */
    static void money(Validation v, String field, BigDecimal value, int scale, boolean zeroAllowed, BigDecimal max) {
        if (value == null) {
            v.add(field, "error.required");
            return;
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            v.add(field, zeroAllowed ? "error.invoice.notNegative" : "error.invoice.positive");
        } else if (value.stripTrailingZeros().scale() > scale) {
            v.add(field, "error.invoice.decimals", scale);
        } else if (value.compareTo(max) > 0) {
            v.add(field, "error.invoice.tooLarge");
        }
    }
}
