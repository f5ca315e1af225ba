package ems.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received or a credit note issued against an issued invoice. */
public record Settlement(long id, long invoiceId, Kind kind, String number, BigDecimal amount, LocalDate onDate,
                         String method, String reference, String actorName, Instant at) {

    public enum Kind { PAYMENT, CREDIT_NOTE }
}
