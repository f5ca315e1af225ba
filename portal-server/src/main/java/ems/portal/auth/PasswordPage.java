package ems.portal.auth;

import ems.portal.web.FormErrors;
import ems.portal.web.Shell;

/** The forced first password change after staff set the password. */
public record PasswordPage(Shell shell, FormErrors errors) {
}
