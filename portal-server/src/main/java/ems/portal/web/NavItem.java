package ems.portal.web;

/** A link in the portal's navigation, shown only to accounts that may open it. */
public record NavItem(String labelKey, String href, Access access) {
}
