package ems.notify;

/** What happened. Customers hear about decisions on their requests; staff about new submissions. */
public enum NotificationKind {
    REQUEST_SUBMITTED, REQUEST_RESUBMITTED, REQUEST_SENT_BACK, REQUEST_APPROVED, REQUEST_REJECTED
}
