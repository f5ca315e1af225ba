package ems.production;

import static org.assertj.core.api.Assertions.assertThat;

import ems.audit.Actor;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.consignee.Region;
import ems.inventory.Bucket;
import ems.testing.Catalogues;
import ems.testing.ModelTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request and order lists both apps read, the staff review's stock figures, and revision diffs. */
class ProductionListsIT extends ModelTest {

    private static final Actor CUSTOMER = Actor.portal(77, "Olive Ops");
    private Consignee nlc;
    private Consignee oth;
    private List<Variant> sizes;
    private Variant theirs;

    @BeforeEach
    void data() {
        nlc = consignee("NLC");
        oth = consignee("OTH");
        sizes = Catalogues.sizes(model, STAFF, nlc, "Blue Dream", "3.5 g", "28 g");
        theirs = Catalogues.sizes(model, STAFF, oth, "Other Kush", "1 g").get(0);
    }

    private PoRequest submit(Consignee c, long variant, int quantity) {
        clock.advance(Duration.ofMinutes(1));
        return model.productionRequests().submit(CUSTOMER, c.scope(), new RequestForm(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 8), "", List.of(new RequestForm.Line(variant, Region.FEDERAL, quantity)), ""),
                null);
    }

    @Test
    void theConsigneesListPagesByKeysetWithoutGapsOrRepeatsInEveryOrder() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            mine.add(submit(nlc, sizes.get(i % 2).id(), 10 + i).number());
            submit(oth, theirs.id(), 5);
        }
        for (RequestSort sort : RequestSort.values()) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var page = model.productionRequests().page(nlc.scope(), new RequestFilter(null, "", sort), cursor);
                page.rows().forEach(r -> seen.add(r.number()));
                assertThat(page.rows()).allSatisfy(r -> assertThat(r.consigneeId()).isEqualTo(nlc.id()));
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);
            assertThat(pages).as(sort.name()).isEqualTo(3);
            List<String> expected = new ArrayList<>(mine);
            if (sort != RequestSort.OLDEST) {
                java.util.Collections.reverse(expected);
            }
            assertThat(seen).as(sort.name()).containsExactlyElementsOf(expected);
        }
        assertThat(model.productionRequests().page(nlc.scope(), RequestFilter.all(), "garbage!").rows())
                .as("a tampered cursor is the first page").hasSize(ProductionRequestService.PAGE_SIZE);
    }

    @Test
    void statusFilterSearchCountsAndTotalsComeFromTheCurrentRevision() {
        PoRequest a = submit(nlc, sizes.get(0).id(), 100);
        PoRequest b = submit(nlc, sizes.get(1).id(), 40);
        submit(oth, theirs.id(), 7);
        b = model.productionRequests().sendBack(STAFF, b.id(), b.version(), "More please");
        model.productionRequests().resubmit(CUSTOMER, nlc.scope(), b.id(), b.version(), new RequestForm(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), "", List.of(
                        new RequestForm.Line(sizes.get(1).id(), Region.FEDERAL, 60),
                        new RequestForm.Line(sizes.get(1).id(), Region.ON, 20)), ""));
        model.productionRequests().approve(STAFF, a.id(), a.version(), "");

        var approved = model.productionRequests().page(nlc.scope(), new RequestFilter(PoStatus.APPROVED, "", null), null);
        assertThat(approved.rows()).extracting(RequestRow::number).containsExactly(a.number());
        var submitted = model.productionRequests().page(nlc.scope(), new RequestFilter(PoStatus.SUBMITTED, "", null),
                null).rows();
        assertThat(submitted).singleElement().satisfies(r -> {
            assertThat(r.currentRevision()).isEqualTo(2);
            assertThat(r.units()).isEqualTo(80);
            assertThat(r.lineCount()).isEqualTo(2);
            assertThat(r.consigneeName()).isEqualTo("Consignee NLC");
        });
        assertThat(model.productionRequests().page(nlc.scope(), new RequestFilter(null, "28 G", null), null).rows())
                .as("search by SKU or product").isEmpty();
        assertThat(model.productionRequests().page(nlc.scope(), new RequestFilter(null, "blue", null), null).rows())
                .hasSize(2);
        assertThat(model.productionRequests().page(nlc.scope(), new RequestFilter(null, "kush", null), null).rows())
                .as("another consignee's product").isEmpty();
        assertThat(model.productionRequests().page(nlc.scope(), new RequestFilter(null, b.number(), null), null)
                .rows()).extracting(RequestRow::number).containsExactly(b.number());
        assertThat(model.productionRequests().counts(nlc.id())).containsEntry(PoStatus.APPROVED, 1)
                .containsEntry(PoStatus.SUBMITTED, 1).containsEntry(PoStatus.REJECTED, 0);
        assertThat(model.productionRequests().counts(null)).containsEntry(PoStatus.SUBMITTED, 2);
        List<RequestRow> streamed = new ArrayList<>();
        model.productionRequests().each(nlc.scope(), RequestFilter.all(), streamed::add);
        assertThat(streamed).hasSize(2);

        assertThat(model.productionRequests().staffQueue(PoStatus.SUBMITTED, null, 10)).extracting(RequestRow::number)
                .containsExactly(b.number(), "PR-OTH-00001");
        assertThat(model.productionRequests().staffQueue(null, oth.id(), 10)).extracting(RequestRow::number)
                .containsExactly("PR-OTH-00001");
    }

    @Test
    void ordersListNewestFirstScopedFilteredAndForStaff() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            PoRequest r = submit(nlc, sizes.get(0).id(), 10);
            model.productionRequests().approve(STAFF, r.id(), r.version(), "");
            numbers.add(model.productionOrders().forRequest(nlc.scope(), r.id()).orElseThrow().number());
        }
        PoRequest foreign = submit(oth, theirs.id(), 3);
        model.productionRequests().approve(STAFF, foreign.id(), foreign.version(), "");
        var first = model.productionOrders().page(nlc.scope(), null, "", null);
        var second = model.productionOrders().page(nlc.scope(), null, "", first.nextCursor());
        List<String> seen = new ArrayList<>();
        first.rows().forEach(o -> seen.add(o.number()));
        second.rows().forEach(o -> seen.add(o.number()));
        java.util.Collections.reverse(numbers);
        assertThat(seen).containsExactlyElementsOf(numbers);
        assertThat(second.nextCursor()).isNull();
        assertThat(first.rows().get(0).units()).isEqualTo(10);
        assertThat(model.productionOrders().page(nlc.scope(), OrderStatus.SCHEDULED, "", null).rows()).isEmpty();
        var oldest = model.productionOrders().page(nlc.scope(), null, "", true, null);
        var oldestNext = model.productionOrders().page(nlc.scope(), null, "", true, oldest.nextCursor());
        List<String> ascending = new ArrayList<>();
        oldest.rows().forEach(o -> ascending.add(o.number()));
        oldestNext.rows().forEach(o -> ascending.add(o.number()));
        java.util.Collections.reverse(numbers);
        assertThat(ascending).containsExactlyElementsOf(numbers);
        java.util.Collections.reverse(numbers);
        assertThat(model.productionOrders().page(nlc.scope(), null, "PR-NLC-00001", null).rows()).hasSize(1);
        assertThat(model.productionOrders().work(OrderStatus.PLANNED, oth.id(), 50)).extracting(OrderRow::number)
                .containsExactly("PO-OTH-00001");
        assertThat(model.productionOrders().work(null, null, 100)).hasSize(28);
    }

    @Test
    void theReviewSetsEachLineAgainstUnstampedUnitsAndStampsForTheWholeRequest() {
        model.inventory().adjust(STAFF, nlc.id(), sizes.get(0).id(), Bucket.UNSTAMPED, 100, "count");
        model.stamps().receive(STAFF, nlc.id(), Region.FEDERAL, 70, "CRA-1");
        model.stamps().receive(STAFF, nlc.id(), Region.ON, 500, "CRA-2");
        PoRequest r = model.productionRequests().submit(CUSTOMER, nlc.scope(), new RequestForm(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), "", List.of(
                        new RequestForm.Line(sizes.get(0).id(), Region.FEDERAL, 60),
                        new RequestForm.Line(sizes.get(0).id(), Region.ON, 60),
                        new RequestForm.Line(sizes.get(1).id(), Region.FEDERAL, 5)), ""), null);
        RequestReview review = model.productionRequests().review(r.id());
        assertThat(review.consigneeName()).isEqualTo("Consignee NLC");
        assertThat(review.stock()).extracting(s -> s.line().sizeLabel() + " " + s.line().region() + " units "
                        + s.unstamped() + "/" + s.unitsNeeded() + (s.unitsShort() ? " SHORT" : "") + " stamps "
                        + s.stamps() + "/" + s.stampsNeeded() + (s.stampsShort() ? " SHORT" : ""))
                .containsExactlyInAnyOrder(
                        "3.5 g FEDERAL units 100/120 SHORT stamps 70/65",
                        "3.5 g ON units 100/120 SHORT stamps 500/60",
                        "28 g FEDERAL units 0/5 SHORT stamps 70/65");
        assertThat(review.anyShort()).isTrue();
    }

    @Test
    void aRevisionDiffNamesAddedRemovedAndChangedCellsAndMovedDates() {
        PoRequest r = model.productionRequests().submit(CUSTOMER, nlc.scope(), new RequestForm(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), "Federal first", List.of(
                        new RequestForm.Line(sizes.get(0).id(), Region.FEDERAL, 60),
                        new RequestForm.Line(sizes.get(1).id(), Region.ON, 30)), ""), null);
        r = model.productionRequests().sendBack(STAFF, r.id(), r.version(), "Change it");
        model.productionRequests().resubmit(CUSTOMER, nlc.scope(), r.id(), r.version(), new RequestForm(
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 8), "Provincial first", List.of(
                        new RequestForm.Line(sizes.get(0).id(), Region.FEDERAL, 45),
                        new RequestForm.Line(sizes.get(0).id(), Region.ON, 15)), ""));
        PoRequestDetail detail = model.productionRequests().detail(nlc.scope(), r.id());
        assertThat(detail.changesIn(detail.revisions().get(0))).isNull();
        RevisionDiff diff = detail.changesIn(detail.current());
        assertThat(diff.lines()).extracting(c -> c.kind() + " " + c.sizeLabel() + " " + c.region() + " " + c.before()
                + "→" + c.after()).containsExactly("REMOVED 28 g ON 30→0", "CHANGED 3.5 g FEDERAL 60→45",
                "ADDED 3.5 g ON 0→15");
        assertThat(diff.preferredFrom()).isEqualTo(new RevisionDiff.DateChange(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 3)));
        assertThat(diff.preferredTo()).isNull();
        assertThat(diff.stampsAfter()).isEqualTo("Provincial first");
        assertThat(diff.isEmpty()).isFalse();
    }
}
