package ems.portal.auth;

import ems.portal.web.Shell;

/** The sign-in form; {@code failed} shows the one generic message for every kind of refusal. */
public record LoginPage(Shell shell, String email, String next, boolean failed, String notice) {
}
