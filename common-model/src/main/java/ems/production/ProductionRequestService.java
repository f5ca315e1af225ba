package ems.production;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.catalog.CatalogRepository;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.db.Counters;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import ems.notify.NotificationKind;
import ems.notify.Notifier;
import ems.db.Keyset;
import ems.db.ListPage;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The revision loop of production requests. The customer submits, resubmits after a send-back, or
 * withdraws; staff approve, reject (with a reason) or send back (with a note). Every change is judged
 * against the version its author saw, so of two people acting at once exactly one wins and the other is
 * told to reload. Every submission is kept as a revision; notes and status events are never changed.
 */
public final class ProductionRequestService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final ProductionOrderService orders;
    private final Notifier notifier;
    private final boolean h2;

    /** Rows per page of the portal's request list. */
    public static final int PAGE_SIZE = 25;

    public ProductionRequestService(Jdbi jdbi, Clock clock, AuditTrail audit, ZoneId zone,
                                    ProductionOrderService orders, Notifier notifier, boolean h2) {
        this.notifier = notifier;
        this.h2 = h2;
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.zone = zone;
        this.orders = orders;
    }

    /**
     * A new request from the signed-in customer, optionally started from a previous one.
     *
     * @throws ValidationException on products outside the catalogue, regions outside the footprint, bad
     *     quantities, an empty request, past or reversed dates, over-long text
     */
    public PoRequest submit(Actor customer, ConsigneeScope scope, RequestForm form, Long sourceRequestId) {
        return jdbi.inTransaction(h -> {
            Consignee consignee = consignee(h, scope);
            RequestForm valid = checked(h, consignee, form);
            PoRequestRepository repo = h.attach(PoRequestRepository.class);
            if (sourceRequestId != null && repo.find(scope.consigneeId(), sourceRequestId).isEmpty()) {
                throw new NotFoundException("production request", sourceRequestId);
            }
            String number = "PR-" + consignee.code() + "-"
                    + String.format("%05d", Counters.next(h, consignee.id(), "PO_REQUEST"));
            long id = repo.insert(consignee.id(), number, sourceRequestId, clock.instant());
            writeRevision(h, consignee.id(), id, 1, valid, customer);
            repo.insertEvent(consignee.id(), id, PoStatus.SUBMITTED, PoNote.Side.CUSTOMER, customer.name(),
                    clock.instant());
            audit.record(h, customer, consignee.id(), "poRequest.submitted", "po_request", id, number);
            notifier.staff(h, consignee.id(), NotificationKind.REQUEST_SUBMITTED, number, link(id));
            return repo.findAny(id).orElseThrow();
        });
    }

    /** The customer's revised request after a send-back: revision n+1, back to Submitted. */
    public PoRequest resubmit(Actor customer, ConsigneeScope scope, long requestId, int version, RequestForm form) {
        return jdbi.inTransaction(h -> {
            Consignee consignee = consignee(h, scope);
            RequestForm valid = checked(h, consignee, form);
            PoRequest request = own(h, scope, requestId);
            int revision = request.currentRevision() + 1;
            move(h, request, version, PoStatus.SUBMITTED, revision, "", PoNote.Side.CUSTOMER, customer);
            writeRevision(h, consignee.id(), requestId, revision, valid, customer);
            notifier.staff(h, consignee.id(), NotificationKind.REQUEST_RESUBMITTED, request.number(), link(requestId));
            return h.attach(PoRequestRepository.class).findAny(requestId).orElseThrow();
        });
    }

    /** The customer withdraws a request that is not decided yet. */
    public PoRequest withdraw(Actor customer, ConsigneeScope scope, long requestId, int version) {
        return jdbi.inTransaction(h -> {
            PoRequest request = own(h, scope, requestId);
            move(h, request, version, PoStatus.WITHDRAWN, request.currentRevision(), "", PoNote.Side.CUSTOMER,
                    customer);
            return h.attach(PoRequestRepository.class).findAny(requestId).orElseThrow();
        });
    }

    /** Staff approve the current revision; its production order is created in the same transaction. */
    public PoRequest approve(Actor staff, long requestId, int version, String note) {
        return decide(staff, requestId, version, PoStatus.APPROVED, note, null);
    }

    /** Staff reject; the reason is shown to the customer. */
    public PoRequest reject(Actor staff, long requestId, int version, String reason) {
        return decide(staff, requestId, version, PoStatus.REJECTED, reason, "error.po.reasonRequired");
    }

    /** Staff send the request back; the note says what must change. */
    public PoRequest sendBack(Actor staff, long requestId, int version, String note) {
        return decide(staff, requestId, version, PoStatus.REVISION_REQUESTED, note, "error.po.noteRequired");
    }

    private PoRequest decide(Actor staff, long requestId, int version, PoStatus to, String note, String requiredKey) {
        String text = note == null ? "" : note.strip();
        if (requiredKey != null && text.isEmpty()) {
            throw ValidationException.of("note", requiredKey);
        }
        if (text.length() > RequestForm.NOTE_MAX) {
            throw ValidationException.of("note", "error.tooLong", RequestForm.NOTE_MAX);
        }
        return jdbi.inTransaction(h -> {
            PoRequestRepository repo = h.attach(PoRequestRepository.class);
            PoRequest request = repo.findAny(requestId).orElseThrow(() -> new NotFoundException("production request",
                    requestId));
            move(h, request, version, to, request.currentRevision(), text, PoNote.Side.ADMIN, staff);
            if (to == PoStatus.APPROVED) {
                orders.createFor(h, staff, request, currentRevision(h, request));
            }
            notifier.customers(h, request.consigneeId(), switch (to) {
                case APPROVED -> NotificationKind.REQUEST_APPROVED;
                case REJECTED -> NotificationKind.REQUEST_REJECTED;
                default -> NotificationKind.REQUEST_SENT_BACK;
            }, request.number(), link(requestId));
            if (!text.isEmpty()) {
                repo.insertNote(request.consigneeId(), requestId, PoNote.Side.ADMIN, staff.name(), text, clock.instant());
            }
            return repo.findAny(requestId).orElseThrow();
        });
    }

    /** A request of the signed-in consignee, with all its history. */
    public PoRequestDetail detail(ConsigneeScope scope, long requestId) {
        return jdbi.withHandle(h -> detail(h, own(h, scope, requestId)));
    }

    public PoRequestDetail detailForStaff(long requestId) {
        return jdbi.withHandle(h -> detail(h, h.attach(PoRequestRepository.class).findAny(requestId)
                .orElseThrow(() -> new NotFoundException("production request", requestId))));
    }

    /** Staff's queue of requests in one status, oldest first. */
    public List<PoRequest> queue(PoStatus status, int limit) {
        return jdbi.withExtension(PoRequestRepository.class, r -> r.queue(status, limit));
    }

    /** One page of the consignee's requests; {@code after} is the previous page's cursor (or null). */
    public ListPage<RequestRow> page(ConsigneeScope scope, RequestFilter filter, String after) {
        List<RequestRow> rows = jdbi.withHandle(h -> new RequestListRepository(h, this.h2)
                .page(scope.consigneeId(), filter, Keyset.decode(after), PAGE_SIZE + 1));
        if (rows.size() <= PAGE_SIZE) {
            return new ListPage<>(rows, null);
        }
        RequestRow last = rows.get(PAGE_SIZE - 1);
        Instant at = filter.sort() == RequestSort.RECENT_ACTIVITY ? last.updatedAt() : last.createdAt();
        return new ListPage<>(rows.subList(0, PAGE_SIZE), new Keyset(at, last.id()).encode());
    }

    /** Every matching request of the consignee, streamed (CSV export). */
    public void each(ConsigneeScope scope, RequestFilter filter, Consumer<RequestRow> consumer) {
        jdbi.useHandle(h -> new RequestListRepository(h, this.h2).each(scope.consigneeId(), filter, consumer));
    }

    /** Staff's queue: optionally one status and one consignee, oldest first. */
    public List<RequestRow> staffQueue(PoStatus status, Long consigneeId, int limit) {
        return jdbi.withHandle(h -> new RequestListRepository(h, this.h2).queue(status, consigneeId, limit));
    }

    /** Requests per status, for one consignee or (null) everyone. */
    public Map<PoStatus, Integer> counts(Long consigneeId) {
        return jdbi.withHandle(h -> new RequestListRepository(h, this.h2).counts(consigneeId));
    }

    /**
     * A request for staff to decide on: its whole history, and each current line against the
     * consignee's unstamped units of that size and stamps for that region, read in the same transaction.
     */
    public RequestReview review(long requestId) {
        return jdbi.inTransaction(h -> {
            PoRequest request = h.attach(PoRequestRepository.class).findAny(requestId)
                    .orElseThrow(() -> new NotFoundException("production request", requestId));
            PoRequestDetail detail = detail(h, request);
            Map<Long, Long> unstamped = h.attach(PoRequestRepository.class).unstamped(request.consigneeId()).stream()
                    .collect(Collectors.toMap(PoRequestRepository.Balance::variantId,
                            PoRequestRepository.Balance::quantity));
            Map<ems.consignee.Region, Long> stamps = h.attach(ems.stamp.StampRepository.class)
                    .stock(request.consigneeId());
            List<PoLine> lines = detail.current().lines();
            Map<Long, Long> unitsNeeded = lines.stream()
                    .collect(Collectors.groupingBy(PoLine::variantId, Collectors.summingLong(PoLine::quantity)));
            Map<ems.consignee.Region, Long> stampsNeeded = lines.stream()
                    .collect(Collectors.groupingBy(PoLine::region, Collectors.summingLong(PoLine::quantity)));
            List<LineStock> stock = lines.stream().map(l -> new LineStock(l,
                    unstamped.getOrDefault(l.variantId(), 0L), unitsNeeded.get(l.variantId()),
                    stamps.getOrDefault(l.region(), 0L), stampsNeeded.get(l.region()))).toList();
            String name = h.attach(ConsigneeRepository.class).find(request.consigneeId()).orElseThrow().legalName();
            return new RequestReview(detail, name, stock);
        });
    }

    private PoRequestDetail detail(Handle h, PoRequest request) {
        PoRequestRepository repo = h.attach(PoRequestRepository.class);
        long consigneeId = request.consigneeId();
        Map<Long, List<PoLine>> lines = repo.lines(consigneeId, request.id()).stream()
                .collect(Collectors.groupingBy(PoLine::revisionId));
        List<PoRevision> revisions = repo.revisions(consigneeId, request.id()).stream()
                .map(r -> new PoRevision(r.id(), r.requestId(), r.revision(), r.preferredFrom(), r.preferredTo(),
                        r.stampSequence(), r.authorName(), r.createdAt(), lines.getOrDefault(r.id(), List.of())))
                .toList();
        return new PoRequestDetail(request, revisions, repo.notes(consigneeId, request.id()),
                repo.events(consigneeId, request.id()));
    }

    private PoRevision currentRevision(Handle h, PoRequest request) {
        PoRequestRepository repo = h.attach(PoRequestRepository.class);
        PoRequestRepository.RevisionRow row = repo.revision(request.consigneeId(), request.id(),
                request.currentRevision());
        return new PoRevision(row.id(), row.requestId(), row.revision(), row.preferredFrom(), row.preferredTo(),
                row.stampSequence(), row.authorName(), row.createdAt(), repo.revisionLines(request.consigneeId(),
                row.id()));
    }

    private void move(Handle h, PoRequest request, int version, PoStatus to, int revision, String decisionNote,
                      PoNote.Side side, Actor actor) {
        if (request.version() != version) {
            throw new StaleVersionException("production request", request.id());
        }
        if (!request.status().canMoveTo(to)) {
            throw ValidationException.of("status", "error.po.transition", request.status().name());
        }
        PoRequestRepository repo = h.attach(PoRequestRepository.class);
        if (repo.transition(request.id(), request.status(), to, version, revision, decisionNote, clock.instant()) == 0) {
            throw new StaleVersionException("production request", request.id());
        }
        repo.insertEvent(request.consigneeId(), request.id(), to, side, actor.name(), clock.instant());
        audit.record(h, actor, request.consigneeId(), "poRequest." + to.name().toLowerCase(), "po_request",
                request.id(), request.number() + ": " + request.status() + " → " + to
                        + (decisionNote.isEmpty() ? "" : " (" + decisionNote + ")"));
    }

    private void writeRevision(Handle h, long consigneeId, long requestId, int revision, RequestForm form,
                               Actor author) {
        PoRequestRepository repo = h.attach(PoRequestRepository.class);
        long revisionId = repo.insertRevision(consigneeId, requestId, revision, form.preferredFrom(), form.preferredTo(),
                form.stampSequence(), author.name(), clock.instant());
        for (RequestForm.Line line : form.lines()) {
            repo.insertLine(consigneeId, revisionId, line.variantId(), line.region(), line.quantity());
        }
        if (!form.note().isEmpty()) {
            repo.insertNote(consigneeId, requestId, PoNote.Side.CUSTOMER, author.name(), form.note(), clock.instant());
        }
    }

    private RequestForm checked(Handle h, Consignee consignee, RequestForm form) {
        RequestForm valid = form.validated(LocalDate.ofInstant(clock.instant(), zone), consignee.regions());
        CatalogRepository catalog = h.attach(CatalogRepository.class);
        for (RequestForm.Line line : valid.lines()) {
            var variant = catalog.variant(consignee.id(), line.variantId());
            if (variant.isEmpty() || !variant.get().active()) {
                throw ValidationException.of("lines", "error.po.unknownVariant");
            }
        }
        return valid;
    }

    private static String link(long requestId) {
        return "/production/requests/" + requestId;
    }

    private static Consignee consignee(Handle h, ConsigneeScope scope) {
        return h.attach(ConsigneeRepository.class).find(scope.consigneeId())
                .orElseThrow(() -> new NotFoundException("consignee", scope.consigneeId()));
    }

    private static PoRequest own(Handle h, ConsigneeScope scope, long requestId) {
        return h.attach(PoRequestRepository.class).find(scope.consigneeId(), requestId)
                .orElseThrow(() -> new NotFoundException("production request", requestId));
    }
}
