-- The portal's production lists: requests by last activity, orders by status, both within one consignee,
-- so every sort and filter of /production/requests and /production/orders walks an index.
create index po_request_consignee_updated_idx on po_request (consignee_id, updated_at desc, id desc);
create index po_request_consignee_created_asc_idx on po_request (consignee_id, created_at, id);
create index production_order_consignee_status_idx on production_order (consignee_id, status, created_at desc, id desc);
create index production_order_queue_idx on production_order (status, created_at, id);
-- The bell on every portal page counts unread notifications: one index seek per page view.
create index notification_unread_idx on notification (account_id, read_at);
