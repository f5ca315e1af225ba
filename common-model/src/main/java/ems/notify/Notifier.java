package ems.notify;

import ems.i18n.Language;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * Writes notifications and their e-mails inside the caller's transaction, so a decision and the news of
 * it exist together or not at all. Customers: every active account of the consignee that can see
 * Production (never another consignee's). Staff: the staff queue, mailed to EMS_STAFF_EMAIL when sent.
 */
public final class Notifier {

    private final Clock clock;

    public Notifier(Clock clock) {
        this.clock = clock;
    }

    public void customers(Handle h, long consigneeId, NotificationKind kind, String reference, String link) {
        NotificationRepository repo = h.attach(NotificationRepository.class);
        for (long accountId : repo.productionReaders(consigneeId)) {
            long id = repo.insert("PORTAL", accountId, consigneeId, kind, reference, link, clock.instant());
            repo.queueEmail(id, repo.email(accountId), Language.fromCode(repo.language(accountId)).code(), kind,
                    reference, link, clock.instant());
        }
    }

    public void staff(Handle h, long consigneeId, NotificationKind kind, String reference, String link) {
        NotificationRepository repo = h.attach(NotificationRepository.class);
        long id = repo.insert("STAFF", null, consigneeId, kind, reference, link, clock.instant());
        repo.queueEmail(id, null, Language.EN.code(), kind, reference, link, clock.instant());
    }
}
