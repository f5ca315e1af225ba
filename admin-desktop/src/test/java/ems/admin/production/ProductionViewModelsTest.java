package ems.admin.production;

import static org.assertj.core.api.Assertions.assertThat;

import ems.admin.notify.NotificationsViewModel;
import ems.admin.testing.DesktopTest;
import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.production.OrderStatus;
import ems.production.PoRequest;
import ems.production.PoStatus;
import ems.production.RequestForm;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionViewModelsTest extends DesktopTest {

    private static final Actor CUSTOMER = Actor.portal(7, "Olive Ops");
    private Consignee nlc;
    private Consignee pli;
    private List<Variant> sizes;

    @BeforeEach
    void data() {
        nlc = model.consignees().create(session.actor(), ModelTest.consigneeForm("NLC", "Northern"));
        pli = model.consignees().create(session.actor(), ModelTest.consigneeForm("PLI", "Prairie"));
        sizes = Catalogues.sizes(model, session.actor(), nlc, "Blue Dream", "3.5 g", "28 g");
        Catalogues.sizes(model, session.actor(), pli, "Gold", "7 g");
    }

    private PoRequest submit(Consignee c, int federal) {
        long variant = c == nlc ? sizes.get(0).id()
                : model.catalog().catalogue(c.id()).stream().filter(r -> r.variantId() != null).findFirst()
                .orElseThrow().variantId();
        return model.productionRequests().submit(CUSTOMER, c.scope(), new RequestForm(LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 27), "", List.of(new RequestForm.Line(variant, Region.FEDERAL, federal)), ""),
                null);
    }

    private RequestQueueViewModel queue() {
        return new RequestQueueViewModel(model.productionRequests(), model.consignees(), session, executor, text);
    }

    @Test
    void theQueueFiltersByStatusAndConsigneeOldestFirstWithCounts() {
        PoRequest first = submit(nlc, 10);
        clock.advance(java.time.Duration.ofMinutes(5));
        PoRequest second = submit(pli, 20);
        clock.advance(java.time.Duration.ofMinutes(5));
        PoRequest third = submit(nlc, 30);
        model.productionRequests().reject(session.actor(), third.id(), third.version(), "No capacity");

        var vm = queue();
        vm.refresh();
        assertThat(vm.items()).extracting(r -> r.number()).containsExactly(first.number(), second.number());
        assertThat(vm.countsText()).contains("Submitted 2", "Rejected 1", "Approved 0");

        vm.consigneeProperty().set(vm.consignees().stream().filter(c -> c.code().equals("NLC")).findFirst().orElseThrow());
        vm.refresh();
        assertThat(vm.items()).extracting(r -> r.number()).containsExactly(first.number());
        assertThat(vm.countsText()).contains("Submitted 1", "Rejected 1");

        vm.statusProperty().set(null);
        vm.refresh();
        assertThat(vm.items()).extracting(r -> r.number()).containsExactly(first.number(), third.number());
    }

    @Test
    void theReviewMarksShortLinesAndADecisionNeedsItsNote() {
        model.inventory().adjust(session.actor(), nlc.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 50, "count");
        model.stamps().receive(session.actor(), nlc.id(), Region.FEDERAL, 1_000, "CRA-1");
        PoRequest request = submit(nlc, 80);
        var vm = queue();
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(0));

        var line = vm.reviewProperty().get().stock().get(0);
        assertThat(line.unstamped()).isEqualTo(50);
        assertThat(line.unitsShort()).isTrue();
        assertThat(line.unitsShortBy()).as("80 requested, 50 on hand").isEqualTo(30);
        assertThat(line.stampsShort()).isFalse();
        assertThat(line.stampsShortBy()).isZero();

        vm.sendBack();
        assertThat(vm.errors().field("note").get()).isEqualTo("Write a note explaining what must change.");
        vm.reject();
        assertThat(vm.errors().field("note").get()).isEqualTo("Give the reason for the rejection.");
        assertThat(model.productionRequests().detailForStaff(request.id()).request().status())
                .isEqualTo(PoStatus.SUBMITTED);

        vm.noteProperty().set("Only 50 unstamped; please reduce.");
        vm.sendBack();
        assertThat(vm.errors().hasAny()).isFalse();
        assertThat(vm.messageProperty().get()).contains(request.number(), "Revision requested");
        assertThat(vm.items()).as("it left the Submitted queue").isEmpty();
        assertThat(model.productionRequests().detailForStaff(request.id()).notes()).extracting(n -> n.text())
                .containsExactly("Only 50 unstamped; please reduce.");
        var seenByCustomer = model.productionRequests().detail(nlc.scope(), request.id());
        assertThat(seenByCustomer.notes().get(0).authorName()).as("the customer reads who wrote it, by name")
                .isEqualTo("Ada Admin");
        assertThat(seenByCustomer.events().get(seenByCustomer.events().size() - 1).actorName()).isEqualTo("Ada Admin");
    }

    @Test
    void aDecisionOnARequestThatMovedMeanwhileIsRefusedAndTheReviewReloaded() {
        PoRequest request = submit(nlc, 10);
        var vm = queue();
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(0));
        // Another staff member approves first.
        model.productionRequests().approve(session.actor(), request.id(), request.version(), "");

        vm.noteProperty().set("Please change the dates");
        vm.sendBack();
        assertThat(vm.errors().general().get()).contains("Someone else changed this");
        assertThat(vm.items()).isEmpty();
        assertThat(model.productionRequests().detailForStaff(request.id()).request().status())
                .isEqualTo(PoStatus.APPROVED);
        assertThat(model.productionRequests().detailForStaff(request.id()).events()).hasSize(2);
    }

    @Test
    void completingAnOrderShortOfUnitsSaysWhichSizeAndMovesNothing() {
        model.stamps().receive(session.actor(), nlc.id(), Region.FEDERAL, 1_000, "CRA-1");
        model.inventory().adjust(session.actor(), nlc.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 5, "count");
        PoRequest request = submit(nlc, 10);
        model.productionRequests().approve(session.actor(), request.id(), request.version(), "");
        var vm = new OrdersViewModel(model.productionOrders(), model.consignees(), session, executor, text);
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(0));
        vm.scheduleDateProperty().set(LocalDate.of(2026, 3, 22));
        vm.schedule();
        vm.start();
        assertThat(vm.detailProperty().get().order().status()).isEqualTo(OrderStatus.IN_PROGRESS);

        vm.complete();
        assertThat(vm.errors().field("lines").get()).isEqualTo(
                "Not enough unstamped Blue Dream 3.5 g: 5 on hand, 10 needed. Nothing was moved.");
        assertThat(vm.detailProperty().get().order().status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.FEDERAL, 1_000L);

        model.inventory().adjust(session.actor(), nlc.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 5, "found");
        vm.complete();
        assertThat(vm.messageProperty().get()).contains("Completed");
        assertThat(model.stamps().stock(nlc.id())).containsEntry(Region.FEDERAL, 990L);
    }

    @Test
    void staffNotificationsCountAndMarkReadAndTheOutboxShowsQueuedMail() {
        submit(nlc, 10);
        submit(pli, 10);
        var vm = new NotificationsViewModel(model.notifications(), model.outbox(), executor, text);
        vm.refresh();
        assertThat(vm.unreadProperty().get()).isEqualTo(2);
        assertThat(vm.items()).hasSize(2);
        assertThat(vm.outbox()).hasSize(2).allSatisfy(m -> assertThat(m.sentAt()).isNull());
        assertThat(vm.queuedProperty().get()).isEqualTo(2);

        vm.markAllRead();
        assertThat(vm.unreadProperty().get()).isZero();
        assertThat(vm.items()).noneMatch(n -> n.unread());
        submit(nlc, 5);
        vm.refreshCount();
        assertThat(vm.unreadProperty().get()).isEqualTo(1);
    }
}
