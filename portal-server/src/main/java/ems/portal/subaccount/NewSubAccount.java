package ems.portal.subaccount;

import ems.account.Section;
import java.util.Set;

/** The add form as typed (never the password). */
public record NewSubAccount(String name, String email, Set<Section> sections) {
}
