package ems.account;

import ems.error.Validation;
import ems.i18n.Language;
import java.util.EnumSet;
import java.util.Set;

/** What staff (or a primary account) enter to create a portal account. */
public record NewPortalAccount(long consigneeId, String email, String name, AccountRole role,
                               Set<Section> sections, String initialPassword, Language language) {

    public static final int NAME_MAX = 120;

    NewPortalAccount validated() {
        Validation v = new Validation();
        String cleanEmail = v.email("email", email);
        String cleanName = v.text("name", name, NAME_MAX);
        v.check(role != null, "role", "error.account.role");
        Set<Section> granted = sections == null || sections.isEmpty()
                ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        v.check(role != AccountRole.SUB || !granted.isEmpty(), "sections", "error.account.sectionsRequired");
        PasswordPolicy.check(v, "password", initialPassword, null, cleanEmail);
        v.throwIfInvalid();
        Set<Section> stored = role == AccountRole.PRIMARY ? EnumSet.noneOf(Section.class) : granted;
        return new NewPortalAccount(consigneeId, cleanEmail, cleanName, role, stored, initialPassword,
                language == null ? Language.EN : language);
    }
}
