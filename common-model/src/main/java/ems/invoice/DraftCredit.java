package ems.invoice;

import java.math.BigDecimal;

/** A credit agreed before issue: a discount or allowance, subtracted before tax. */
public record DraftCredit(String description, BigDecimal amount) {
}
