package ems.staff;

import ems.account.Lockout;
import ems.account.PasswordHasher;
import ems.account.PasswordPolicy;
import ems.audit.Actor;
import ems.audit.AuditTrail;
import ems.error.NotFoundException;
import ems.error.Validation;
import ems.error.ValidationException;
import ems.i18n.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Staff users of the admin desktop: sign-in with lockout, and their management by admins. */
public final class StaffService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final PasswordHasher hasher;

    public StaffService(Jdbi jdbi, Clock clock, AuditTrail audit, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.hasher = hasher;
    }

    /**
     * Creates a staff user. {@code mustChangePassword} is false only for the first admin created from the
     * command line, who chose the password themselves.
     *
     * @throws ValidationException on bad input or an email already in use
     */
    public StaffUser create(Actor actor, String email, String name, StaffRole role, String password,
                            boolean mustChangePassword) {
        Validation v = new Validation();
        String cleanEmail = v.email("email", email);
        String cleanName = v.text("name", name, 120);
        v.check(role != null, "role", "error.account.role");
        PasswordPolicy.check(v, "password", password, null, cleanEmail);
        v.throwIfInvalid();
        String hash = hasher.hash(password);
        return jdbi.inTransaction(h -> {
            StaffUserRepository repo = h.attach(StaffUserRepository.class);
            if (repo.findByEmail(cleanEmail).isPresent()) {
                throw ValidationException.of("email", "error.account.emailTaken");
            }
            long id = repo.insert(cleanEmail, cleanName, role, hash, mustChangePassword, clock.instant());
            audit.record(h, actor, null, "staffUser.created", "staff_user", id, cleanEmail + " (" + role + ")");
            return repo.find(id).orElseThrow();
        });
    }

    public List<StaffUser> all() {
        return jdbi.withExtension(StaffUserRepository.class, StaffUserRepository::all);
    }

    public boolean exists(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return jdbi.withExtension(StaffUserRepository.class, r -> r.findByEmail(normalized)).isPresent();
    }

    /** The staff user for these credentials, or empty; locked and inactive users fail like a wrong password. */
    public Optional<StaffUser> authenticate(String email, String password) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String pw = password == null ? "" : password;
        Optional<StaffUser> found = normalized.isEmpty() || pw.length() > 1024 ? Optional.empty()
                : jdbi.withExtension(StaffUserRepository.class, r -> r.findByEmail(normalized));
        if (found.isEmpty()) {
            hasher.verifyDummy(pw.length() > 1024 ? "" : pw);
            return Optional.empty();
        }
        StaffUser user = found.get();
        Instant now = clock.instant();
        boolean passwordOk = hasher.verify(pw, user.passwordHash());
        if (Lockout.isLocked(user.lockedUntil(), now) || !user.active()) {
            return Optional.empty();
        }
        if (!passwordOk) {
            jdbi.useExtension(StaffUserRepository.class, r -> r.recordFailure(user.id(), Lockout.MAX_FAILURES,
                    Lockout.lockAfterFailure(Lockout.MAX_FAILURES - 1, now)));
            return Optional.empty();
        }
        if (user.failedAttempts() > 0 || user.lockedUntil() != null) {
            jdbi.useExtension(StaffUserRepository.class, r -> r.clearFailures(user.id()));
        }
        return Optional.of(user);
    }

    /** An admin sets a new password; the user must change it at next sign-in. */
    public void resetPassword(Actor actor, long userId, String newPassword) {
        StaffUser user = get(userId);
        Validation v = new Validation();
        PasswordPolicy.check(v, "password", newPassword, null, user.email());
        v.throwIfInvalid();
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(h -> {
            h.attach(StaffUserRepository.class).setPassword(userId, hash, true, clock.instant());
            audit.record(h, actor, null, "staffUser.passwordReset", "staff_user", userId, user.email());
        });
    }

    /** The user's own change, current password required. */
    public void changeOwnPassword(long userId, String currentPassword, String newPassword, String confirmation) {
        StaffUser user = get(userId);
        Validation v = new Validation();
        v.check(currentPassword != null && hasher.verify(currentPassword, user.passwordHash()),
                "currentPassword", "error.password.current");
        PasswordPolicy.check(v, "newPassword", newPassword, confirmation, user.email());
        v.throwIfInvalid();
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(h -> {
            h.attach(StaffUserRepository.class).setPassword(userId, hash, false, clock.instant());
            audit.record(h, Actor.staff(userId, user.name()), null, "staffUser.passwordChanged", "staff_user",
                    userId, user.email());
        });
    }

    public void setActive(Actor actor, long userId, boolean active) {
        StaffUser user = get(userId);
        jdbi.useTransaction(h -> {
            h.attach(StaffUserRepository.class).setActive(userId, active, clock.instant());
            audit.record(h, actor, null, active ? "staffUser.reactivated" : "staffUser.deactivated", "staff_user",
                    userId, user.email());
        });
    }

    public void setLanguage(long userId, Language language) {
        jdbi.useExtension(StaffUserRepository.class, r -> r.setLanguage(userId, language.code(), clock.instant()));
    }

    public StaffUser get(long userId) {
        return jdbi.withExtension(StaffUserRepository.class, r -> r.find(userId))
                .orElseThrow(() -> new NotFoundException("staff user", userId));
    }
}
