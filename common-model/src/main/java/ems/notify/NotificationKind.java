package ems.notify;

/** What happened. Customers hear about decisions on their requests; staff about new submissions. */
public enum NotificationKind {
    REQUEST_SUBMITTED, REQUEST_RESUBMITTED, REQUEST_SENT_BACK, REQUEST_APPROVED, REQUEST_REJECTED;

    /** The portal section a notification of this kind belongs to: only accounts that see it are shown it. */
    public ems.account.Section section() {
        return ems.account.Section.PRODUCTION;
    }
}
