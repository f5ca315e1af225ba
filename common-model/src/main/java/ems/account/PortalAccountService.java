package ems.account;

import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.consignee.ConsigneeRepository;
import ems.db.LikePatterns;
import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.i18n.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * Portal accounts: created and managed by staff, used by customers. Every change is audited in its own
 * transaction, and whatever changes who an account is or what it may see ends its sessions there too.
 */
public final class PortalAccountService {

    private static final int SEARCH_LIMIT = 500;
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final PasswordHasher hasher;

    public PortalAccountService(Jdbi jdbi, Clock clock, AuditTrail audit, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.hasher = hasher;
    }

    /**
     * Creates an account linked to {@code form.consigneeId()}. An account created by staff must change its
     * password at first sign-in.
     *
     * @throws ValidationException on bad input, an unknown consignee or an email already in use anywhere
     */
    public PortalAccount create(Actor actor, NewPortalAccount form, boolean mustChangePassword) {
        return jdbi.inTransaction(h -> create(h, actor, form, mustChangePassword));
    }

    /** Inside the caller's transaction (a sub-account's seat is checked in the same one). */
    PortalAccount create(org.jdbi.v3.core.Handle h, Actor actor, NewPortalAccount form, boolean mustChangePassword) {
        NewPortalAccount valid = form.validated();
        String hash = hasher.hash(valid.initialPassword());
        {
            var consignee = h.attach(ConsigneeRepository.class).find(valid.consigneeId())
                    .orElseThrow(() -> ValidationException.of("consignee", "error.consignee.unknown"));
            PortalAccountRepository repo = h.attach(PortalAccountRepository.class);
            if (repo.countEmail(valid.email()) > 0) {
                throw ValidationException.of("email", "error.account.emailTaken");
            }
            long id = repo.insert(valid.consigneeId(), valid.email(), valid.name(), valid.role(),
                    Section.toCsv(valid.sections()), hash, mustChangePassword, valid.language().code(),
                    clock.instant());
            audit.record(h, actor, consignee.id(), "portalAccount.created", "portal_account", id,
                    valid.email() + " (" + valid.role() + ") linked to " + consignee.code() + " "
                            + consignee.legalName());
            return repo.find(id).orElseThrow();
        }
    }

    /** @throws NotFoundException when there is no such account */
    public PortalAccount get(long accountId) {
        return jdbi.withExtension(PortalAccountRepository.class, r -> r.find(accountId))
                .orElseThrow(() -> new NotFoundException("portal account", accountId));
    }

    public List<PortalAccountSummary> forConsignee(long consigneeId) {
        return jdbi.withExtension(PortalAccountRepository.class, r -> r.forConsignee(consigneeId));
    }

    /** Accounts whose email, name or consignee name contains {@code text}; blank lists all (first 500). */
    public List<PortalAccountSummary> search(String text) {
        String pattern = LikePatterns.contains(text);
        return jdbi.withExtension(PortalAccountRepository.class, r -> r.search(pattern, SEARCH_LIMIT));
    }

    /**
     * Links the account to another consignee without recreating it. Its sessions end: the next page it
     * loads must not show the old consignee's data.
     *
     * @throws ValidationException when the target consignee does not exist
     * @throws StaleVersionException when the account changed since {@code version} was read
     */
    public PortalAccount relink(Actor actor, long accountId, int version, long consigneeId) {
        return jdbi.inTransaction(h -> {
            PortalAccountRepository repo = h.attach(PortalAccountRepository.class);
            PortalAccount before = repo.find(accountId)
                    .orElseThrow(() -> new NotFoundException("portal account", accountId));
            ConsigneeRepository consignees = h.attach(ConsigneeRepository.class);
            var target = consignees.find(consigneeId)
                    .orElseThrow(() -> ValidationException.of("consignee", "error.consignee.unknown"));
            if (repo.relink(accountId, version, consigneeId, clock.instant()) == 0) {
                throw new StaleVersionException("portal account", accountId);
            }
            h.attach(SessionRepository.class).deleteForAccount(accountId);
            var from = consignees.find(before.consigneeId()).orElseThrow();
            String summary = before.email() + " re-linked from " + from.code() + " to " + target.code();
            audit.record(h, actor, from.id(), "portalAccount.relinked", "portal_account", accountId, summary);
            audit.record(h, actor, target.id(), "portalAccount.relinked", "portal_account", accountId, summary);
            return repo.find(accountId).orElseThrow();
        });
    }

    /** Sets a new password chosen by staff; the customer must change it at next sign-in. Sessions end. */
    public void resetPassword(Actor actor, long accountId, String newPassword) {
        PortalAccount account = get(accountId);
        Validation v = new Validation();
        PasswordPolicy.check(v, "password", newPassword, null, account.email());
        v.throwIfInvalid();
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(h -> {
            requireUpdated(h.attach(PortalAccountRepository.class).setPassword(accountId, hash, true, clock.instant()),
                    accountId);
            h.attach(SessionRepository.class).deleteForAccount(accountId);
            audit.record(h, actor, account.consigneeId(), "portalAccount.passwordReset", "portal_account",
                    accountId, account.email());
        });
    }

    /** Deactivating ends every session of the account at once; reactivating also clears a lockout. */
    public void setActive(Actor actor, long accountId, boolean active) {
        PortalAccount account = get(accountId);
        jdbi.useTransaction(h -> {
            requireUpdated(h.attach(PortalAccountRepository.class).setActive(accountId, active, clock.instant()),
                    accountId);
            if (!active) {
                h.attach(SessionRepository.class).deleteForAccount(accountId);
            }
            audit.record(h, actor, account.consigneeId(),
                    active ? "portalAccount.reactivated" : "portalAccount.deactivated", "portal_account",
                    accountId, account.email());
        });
    }

    /**
     * The customer's own password change. {@code currentPassword} is required unless the account is in
     * its forced first change, where the customer has just proven it by signing in.
     */
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword, String confirmation) {
        PortalAccount account = get(accountId);
        Validation v = new Validation();
        if (!account.mustChangePassword()) {
            v.check(currentPassword != null && !currentPassword.isEmpty()
                    && hasher.verify(currentPassword, account.passwordHash()), "currentPassword",
                    "error.password.current");
        }
        PasswordPolicy.check(v, "newPassword", newPassword, confirmation, account.email());
        if (!v.hasError("newPassword") && hasher.verify(newPassword, account.passwordHash())) {
            v.add("newPassword", "error.password.same");
        }
        v.throwIfInvalid();
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(h -> {
            requireUpdated(h.attach(PortalAccountRepository.class).setPassword(accountId, hash, false, clock.instant()),
                    accountId);
            audit.record(h, Actor.portal(accountId, account.email()), account.consigneeId(),
                    "portalAccount.passwordChanged", "portal_account", accountId, account.email());
        });
    }

    public void setLanguage(long accountId, Language language) {
        jdbi.useTransaction(h -> requireUpdated(
                h.attach(PortalAccountRepository.class).setLanguage(accountId, language.code(), clock.instant()),
                accountId));
    }

    /** @throws ValidationException on a blank, too long or control-character name */
    public void setName(long accountId, String name) {
        Validation v = new Validation();
        String clean = v.text("name", name, NewPortalAccount.NAME_MAX);
        v.throwIfInvalid();
        jdbi.useTransaction(h -> requireUpdated(
                h.attach(PortalAccountRepository.class).setName(accountId, clean, clock.instant()), accountId));
    }

    /**
     * The account for these credentials, or empty. Unknown emails cost the same time as known ones; a
     * locked or inactive account fails exactly like a wrong password.
     */
    public Optional<PortalAccount> authenticate(String email, String password) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String pw = password == null ? "" : password;
        if (normalized.isEmpty() || normalized.length() > 254 || pw.isEmpty() || pw.length() > 1024) {
            hasher.verifyDummy(pw.length() > 1024 ? "" : pw);
            return Optional.empty();
        }
        Optional<PortalAccount> found = jdbi.withExtension(PortalAccountRepository.class,
                r -> r.findByEmail(normalized));
        if (found.isEmpty()) {
            hasher.verifyDummy(pw);
            return Optional.empty();
        }
        PortalAccount account = found.get();
        Instant now = clock.instant();
        boolean passwordOk = hasher.verify(pw, account.passwordHash());
        boolean consigneeActive = jdbi.withExtension(ConsigneeRepository.class,
                r -> r.find(account.consigneeId()).map(c -> c.active()).orElse(false));
        if (Lockout.isLocked(account.lockedUntil(), now) || !account.active() || !consigneeActive) {
            return Optional.empty();
        }
        if (!passwordOk) {
            jdbi.useExtension(PortalAccountRepository.class, r -> r.recordFailure(account.id(),
                    Lockout.MAX_FAILURES, Lockout.lockAfterFailure(Lockout.MAX_FAILURES - 1, now)));
            return Optional.empty();
        }
        if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
            jdbi.useExtension(PortalAccountRepository.class, r -> r.clearFailures(account.id()));
        }
        return Optional.of(account);
    }

    private static void requireUpdated(int rows, long accountId) {
        if (rows == 0) {
            throw new NotFoundException("portal account", accountId);
        }
    }

}
