/**
 * What became of a consignee's inbound shipment: the production orders and outbound deliveries of its
 * products since it was received, and the invoices that name it. Read-only; no feature depends on it.
 */
package ems.trace;
