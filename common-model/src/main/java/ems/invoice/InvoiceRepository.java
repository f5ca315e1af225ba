package ems.invoice;

import ems.consignee.Province;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Invoice.class)
@RegisterConstructorMapper(InvoiceLine.class)
@RegisterConstructorMapper(InvoiceCredit.class)
@RegisterConstructorMapper(Settlement.class)
public interface InvoiceRepository {

    @SqlQuery("select * from invoice where id = :id")
    Optional<Invoice> findAny(@Bind("id") long id);

    /** What a customer may open: their own, never a draft. */
    @SqlQuery("select * from invoice where consignee_id = :consigneeId and id = :id and status <> 'DRAFT'")
    Optional<Invoice> findIssued(@Bind("consigneeId") long consigneeId, @Bind("id") long id);

    @SqlUpdate("""
            insert into invoice (consignee_id, status, terms_days, province, prepared_by, created_at, updated_at)
            values (:consigneeId, 'DRAFT', :terms, :province, :preparedBy, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insertDraft(@Bind("consigneeId") long consigneeId, @Bind("terms") int termsDays,
                     @Bind("province") Province province, @Bind("preparedBy") String preparedBy,
                     @Bind("now") Instant now);

    @SqlUpdate("""
            update invoice set terms_days = :terms, notes = :notes, subtotal = :t.subtotal, duty_total = :t.duty,
                   credit_total = :t.credits, tax_total = :t.tax, total = :t.total, balance = :t.total,
                   prepared_by = :preparedBy, version = version + 1, updated_at = :now
            where id = :id and status = 'DRAFT' and version = :version
            """)
    int saveDraft(@Bind("id") long id, @Bind("version") int version, @Bind("terms") int termsDays,
                  @Bind("notes") String notes, @BindMethods("t") InvoiceMath.Totals totals,
                  @Bind("preparedBy") String preparedBy, @Bind("now") Instant now);

    @SqlUpdate("delete from invoice_line where consignee_id = :consigneeId and invoice_id = :invoiceId")
    void deleteLines(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId);

    @SqlUpdate("delete from invoice_credit where consignee_id = :consigneeId and invoice_id = :invoiceId")
    void deleteCredits(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId);

    @SqlUpdate("delete from invoice where id = :id and status = 'DRAFT' and version = :version")
    int deleteDraft(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("""
            insert into invoice_line (consignee_id, invoice_id, position, description, quantity, unit_price,
                                      excise_duty, line_total, reference_type, reference_id, reference_label)
            values (:consigneeId, :invoiceId, :position, :description, :quantity, :unitPrice, :duty, :lineTotal,
                    :refType, :refId, :refLabel)
            """)
    void insertLine(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId,
                    @Bind("position") int position, @Bind("description") String description,
                    @Bind("quantity") BigDecimal quantity, @Bind("unitPrice") BigDecimal unitPrice,
                    @Bind("duty") BigDecimal duty, @Bind("lineTotal") BigDecimal lineTotal,
                    @Bind("refType") DraftLine.ReferenceType refType, @Bind("refId") Long refId,
                    @Bind("refLabel") String refLabel);

    @SqlUpdate("""
            insert into invoice_credit (consignee_id, invoice_id, description, amount)
            values (:consigneeId, :invoiceId, :description, :amount)
            """)
    void insertCredit(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId,
                      @Bind("description") String description, @Bind("amount") BigDecimal amount);

    @SqlUpdate("""
            update invoice set status = 'ISSUED', number = :number, issue_date = :issueDate, due_date = :dueDate,
                   issued_by = :issuedBy, version = version + 1, updated_at = :now
            where id = :id and status = 'DRAFT' and version = :version
            """)
    int issue(@Bind("id") long id, @Bind("version") int version, @Bind("number") String number,
              @Bind("issueDate") LocalDate issueDate, @Bind("dueDate") LocalDate dueDate,
              @Bind("issuedBy") String issuedBy, @Bind("now") Instant now);

    /** Applies a payment or credit note only on the version seen and only within the balance. */
    @SqlUpdate("""
            update invoice set paid = paid + :paid, credited = credited + :credited,
                   balance = balance - :paid - :credited,
                   status = case when balance - :paid - :credited = 0 then 'PAID' else 'PARTIALLY_PAID' end,
                   version = version + 1, updated_at = :now
            where id = :id and version = :version and status in ('ISSUED', 'PARTIALLY_PAID')
              and balance - :paid - :credited >= 0
            """)
    int settle(@Bind("id") long id, @Bind("version") int version, @Bind("paid") BigDecimal paid,
               @Bind("credited") BigDecimal credited, @Bind("now") Instant now);

    @SqlUpdate("""
            update invoice set status = 'VOID', void_reason = :reason, balance = 0, version = version + 1,
                   updated_at = :now
            where id = :id and version = :version and status = 'ISSUED' and paid = 0 and credited = 0
            """)
    int voidIssued(@Bind("id") long id, @Bind("version") int version, @Bind("reason") String reason,
                   @Bind("now") Instant now);

    @SqlUpdate("""
            insert into invoice_settlement (consignee_id, invoice_id, kind, number, amount, on_date, method,
                                            reference, actor_name, at)
            values (:consigneeId, :invoiceId, :kind, :number, :amount, :onDate, :method, :reference, :actor, :now)
            """)
    void insertSettlement(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId,
                          @Bind("kind") Settlement.Kind kind, @Bind("number") String number,
                          @Bind("amount") BigDecimal amount, @Bind("onDate") LocalDate onDate,
                          @Bind("method") String method, @Bind("reference") String reference,
                          @Bind("actor") String actor, @Bind("now") Instant now);

    @SqlQuery("""
            select * from invoice_line where consignee_id = :consigneeId and invoice_id = :invoiceId
            order by consignee_id, invoice_id, position
            """)
    List<InvoiceLine> lines(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("select * from invoice_credit where consignee_id = :consigneeId and invoice_id = :invoiceId order by id")
    List<InvoiceCredit> credits(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId);

    @SqlQuery("""
            select * from invoice_settlement where consignee_id = :consigneeId and invoice_id = :invoiceId
            order by consignee_id, invoice_id, at, id
            """)
    List<Settlement> settlements(@Bind("consigneeId") long consigneeId, @Bind("invoiceId") long invoiceId);
}
