-- A shipment's page lists the invoices that bill it and the production and deliveries of its products:
-- reached from the shipment's side, by reference and by product size, within the consignee.
create index invoice_line_reference_idx on invoice_line (consignee_id, reference_type, reference_id);
create index production_order_line_variant_idx on production_order_line (consignee_id, variant_id, order_id);
create index outbound_line_variant_idx on outbound_line (consignee_id, variant_id, order_id);
