package ems.portal.account;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;

/**
 * Account settings: profile (name, language) and password. Each form has its own errors; {@code notice}
 * names what was just saved.
 */
public record AccountPage(Shell shell, String name, String language, FormErrors profileErrors,
                          FormErrors passwordErrors, String notice, int otherSessions) {
}
