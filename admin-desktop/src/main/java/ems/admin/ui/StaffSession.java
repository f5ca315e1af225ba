package ems.admin.ui;

import ems.audit.Actor;
import ems.staff.StaffUser;

/** The staff member signed in to this desktop; every change they make is audited under their name. */
public record StaffSession(StaffUser user) {

    public Actor actor() {
        return Actor.staff(user.id(), user.name());
    }
}
