package ems.portal.web;

/** The page for a refused or failed request; the correlation id lets support find it in the log. */
public record ErrorPage(Shell shell, int status, String titleKey, String messageKey, String correlationId) {
}
