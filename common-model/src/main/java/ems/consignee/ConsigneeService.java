package ems.consignee;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.db.LikePatterns;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Creates, edits and finds consignees. Only staff reach these methods. */
public final class ConsigneeService {

    private static final int SEARCH_LIMIT = 500;
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public ConsigneeService(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** Consignees whose code or legal name contains {@code text} (blank: all), by name, at most 500. */
    public List<Consignee> search(String text) {
        String pattern = LikePatterns.contains(text);
        return jdbi.withExtension(ConsigneeRepository.class, r -> r.search(pattern, SEARCH_LIMIT));
    }

    /** @throws NotFoundException when there is no such consignee */
    public Consignee get(long id) {
        return jdbi.withExtension(ConsigneeRepository.class, r -> r.find(id))
                .orElseThrow(() -> new NotFoundException("consignee", id));
    }

    /** The signed-in portal account's own consignee. */
    public Consignee get(ConsigneeScope scope) {
        return get(scope.consigneeId());
    }

    /** @throws ValidationException on bad input or a code already in use */
    public Consignee create(Actor actor, ConsigneeForm form) {
        ConsigneeForm valid = form.validated();
        return jdbi.inTransaction(h -> {
            ConsigneeRepository repo = h.attach(ConsigneeRepository.class);
            if (repo.findByCode(valid.code()).isPresent()) {
                throw ValidationException.of("code", "error.consignee.codeTaken");
            }
            long id = repo.insert(valid, Region.toCsv(valid.regions()), clock.instant());
            audit.record(h, actor, id, "consignee.created", "consignee", id, valid.code() + " " + valid.legalName());
            return repo.find(id).orElseThrow();
        });
    }

    /**
     * Saves an edit made on the version the editor read.
     *
     * @throws StaleVersionException when someone else saved in between
     */
    public Consignee update(Actor actor, long id, int version, ConsigneeForm form) {
        ConsigneeForm valid = form.validated();
        return jdbi.inTransaction(h -> {
            ConsigneeRepository repo = h.attach(ConsigneeRepository.class);
            Consignee before = repo.find(id).orElseThrow(() -> new NotFoundException("consignee", id));
            if (repo.findByCode(valid.code()).filter(other -> other.id() != id).isPresent()) {
                throw ValidationException.of("code", "error.consignee.codeTaken");
            }
            if (repo.update(id, version, valid, Region.toCsv(valid.regions()), clock.instant()) == 0) {
                throw new StaleVersionException("consignee", id);
            }
            Consignee after = repo.find(id).orElseThrow();
            audit.record(h, actor, id, "consignee.updated", "consignee", id, ConsigneeChanges.describe(before, after));
            return after;
        });
    }
}
