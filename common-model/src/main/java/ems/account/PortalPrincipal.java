package ems.account;

import ems.consignee.ConsigneeScope;
import ems.i18n.Language;
import java.time.Instant;
import java.util.Set;

/** Who is signed in on a portal request, read fresh from the database on every request. */
public record PortalPrincipal(
        long accountId,
        long consigneeId,
        String consigneeName,
        String email,
        String name,
        AccountRole role,
        Set<Section> sections,
        Language language,
        boolean mustChangePassword,
        String csrfToken,
        Instant sessionCreatedAt) {

    public PortalPrincipal {
        sections = Set.copyOf(sections);
    }

    public ConsigneeScope scope() {
        return new ConsigneeScope(consigneeId);
    }

    /** This person as the author of what they do: audit entries, notes, revisions. */
    public ems.audit.Actor actor() {
        return ems.audit.Actor.portal(accountId, name);
    }

    public boolean canSee(Section section) {
        return sections.contains(section);
    }

    public boolean isPrimary() {
        return role == AccountRole.PRIMARY;
    }
}
