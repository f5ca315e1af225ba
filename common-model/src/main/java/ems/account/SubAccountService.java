package ems.account;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeRepository;
import ems.consignee.ConsigneeScope;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.i18n.Language;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A primary account managing its consignee's sub-accounts, within the plan's limit. Every call is scoped
 * to the caller's consignee: another consignee's account, or a primary account, is simply not found.
 * Changes take effect on the sub-account's very next request (sections and status are read per request;
 * a deactivation or password reset also ends its sessions).
 */
public final class SubAccountService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final PortalAccountService accounts;

    public SubAccountService(Jdbi jdbi, Clock clock, AuditTrail audit, PortalAccountService accounts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
    }

    public List<PortalAccountSummary> list(ConsigneeScope scope) {
        return accounts.forConsignee(scope.consigneeId()).stream().filter(a -> a.role() == AccountRole.SUB).toList();
    }

    public SubAccountUsage usage(ConsigneeScope scope) {
        return jdbi.withHandle(h -> usage(h, scope.consigneeId()));
    }

    public PortalAccountSummary get(ConsigneeScope scope, long accountId) {
        return list(scope).stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new NotFoundException("portal account", accountId));
    }

    /**
     * A new sub-account, which must choose its own password at first sign-in.
     *
     * @throws ValidationException at the plan limit ({@code error.account.limitReached}, with used and limit),
     *     without sections, with an email already used by any account, or a weak password
     */
    public PortalAccount create(Actor primary, ConsigneeScope scope, String name, String email, String password,
                                Set<Section> sections, Language language) {
        NewPortalAccount form = new NewPortalAccount(scope.consigneeId(), email, name, AccountRole.SUB,
                sections == null ? Set.of() : sections, password, language);
        form.validated();
        // Serialise creations per consignee so two at once cannot both take the last seat.
        return jdbi.inTransaction(h -> {
            lockConsignee(h, scope.consigneeId());
            SubAccountUsage usage = usage(h, scope.consigneeId());
            if (usage.atLimit()) {
                throw ValidationException.of("limit", "error.account.limitReached", usage.used(), usage.limit());
            }
            return accounts.create(h, primary, form, true);
        });
    }

    public void setSections(Actor primary, ConsigneeScope scope, long accountId, int version, Set<Section> sections) {
        Validation v = new Validation();
        v.check(sections != null && !sections.isEmpty(), "sections", "error.account.sectionsRequired");
        v.throwIfInvalid();
        PortalAccountSummary sub = get(scope, accountId);
        jdbi.useTransaction(h -> {
            if (h.attach(PortalAccountRepository.class).setSections(accountId, version, Section.toCsv(
                    EnumSet.copyOf(sections)), clock.instant()) == 0) {
                throw new StaleVersionException("portal account", accountId);
            }
            audit.record(h, primary, scope.consigneeId(), "portalAccount.sections", "portal_account", accountId,
                    sub.email() + ": " + Section.toCsv(EnumSet.copyOf(sections)));
        });
    }

    public void resetPassword(Actor primary, ConsigneeScope scope, long accountId, String newPassword) {
        get(scope, accountId);
        accounts.resetPassword(primary, accountId, newPassword);
    }

    /** Reactivating takes a seat, so it is refused at the limit like a new sub-account. */
    public void setActive(Actor primary, ConsigneeScope scope, long accountId, boolean active) {
        PortalAccountSummary sub = get(scope, accountId);
        if (active && !sub.active()) {
            jdbi.useTransaction(h -> {
                lockConsignee(h, scope.consigneeId());
                SubAccountUsage usage = usage(h, scope.consigneeId());
                if (usage.atLimit()) {
                    throw ValidationException.of("limit", "error.account.limitReached", usage.used(), usage.limit());
                }
            });
        }
        accounts.setActive(primary, accountId, active);
    }

    private static SubAccountUsage usage(Handle h, long consigneeId) {
        Consignee c = h.attach(ConsigneeRepository.class).find(consigneeId)
                .orElseThrow(() -> new NotFoundException("consignee", consigneeId));
        int used = h.createQuery("""
                        select count(*) from portal_account
                        where consignee_id = :c and role = 'SUB' and active = true
                        """).bind("c", consigneeId).mapTo(Integer.class).one();
        int limit = c.customSubAccountLimit() != null ? c.customSubAccountLimit() : c.planTier().subAccountLimit();
        return new SubAccountUsage(used, limit);
    }

    private static void lockConsignee(Handle h, long consigneeId) {
        h.createQuery("select id from consignee where id = :id for update").bind("id", consigneeId)
                .mapTo(Long.class).findOne();
    }
}
