package ems.consignee;

/**
 * The tenant a portal request acts for. It comes only from the signed-in session, never from a
 * request parameter, and every portal-facing read takes it first and filters on it in SQL.
 */
public record ConsigneeScope(long consigneeId) {
}
