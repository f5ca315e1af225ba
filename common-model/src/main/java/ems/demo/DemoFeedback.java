package ems.demo;

import ems.Model;
import ems.audit.Actor;
import ems.consignee.Consignee;
import ems.feedback.Feedback;
import java.time.Duration;

/**
 * Feedback as the desktop's module meets it on a working day: customer submissions in each category and
 * status, one in French, and one internal note from staff.
 */
final class DemoFeedback {

    private final Model model;
    private final Actor staff;
    private final StoryClock story;

    DemoFeedback(Model model, Actor staff, StoryClock story) {
        this.model = model;
        this.staff = staff;
        this.story = story;
    }

    void seed(Consignee northern, Consignee bayview) {
        if (!model.feedback().list(null, null, null, null, 1).isEmpty()) {
            return;
        }
        story.rewind(Duration.ofDays(12));
        Feedback csv = customer(northern, Feedback.Category.SUGGESTION,
                "Could the shipments CSV include the lot number of each box? Our QA team re-keys it today.",
                "/shipments");
        model.feedback().setStatus(staff, csv.id(), csv.version(), Feedback.Status.REVIEWED);
        story.pass(Duration.ofDays(3));
        Feedback bug = customer(northern, Feedback.Category.BUG,
                "The invoice PDF opened blank on my phone once; a second try worked.", "/invoices");
        story.pass(Duration.ofHours(5));
        model.feedback().setStatus(staff, bug.id(), bug.version(), Feedback.Status.CLOSED);
        story.pass(Duration.ofDays(2));
        customer(bayview, Feedback.Category.GENERAL,
                "Merci pour le suivi des livraisons — c’est beaucoup plus simple pour notre équipe.", "/outbound");
        story.pass(Duration.ofDays(1));
        model.feedback().internal(staff, northern.id(), Feedback.Category.SUGGESTION,
                "NLC asks every month for stamp stock by region; consider a stamp report in the portal.");
        story.pass(Duration.ofDays(1));
        customer(northern, Feedback.Category.BUG,
                "The production request grid scrolls sideways on a laptop screen.", "/production/requests/new");
    }

    private Feedback customer(Consignee consignee, Feedback.Category category, String message, String page) {
        var primary = model.portalAccounts().forConsignee(consignee.id()).stream()
                .filter(a -> a.role() == ems.account.AccountRole.PRIMARY).findFirst().orElseThrow();
        return model.feedback().submit(Actor.portal(primary.id(), primary.name()), consignee.scope(), category,
                message, page);
    }
}
