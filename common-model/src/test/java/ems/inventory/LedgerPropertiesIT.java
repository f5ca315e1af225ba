package ems.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.catalog.Variant;
import ems.consignee.Consignee;
import ems.testing.Catalogues;
import ems.testing.DbKind;
import ems.testing.ModelTest;
import ems.testing.MutableClock;
import ems.testing.TestDatabases;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random sequences of movements, applied through the service: the ledger always sums to the balances,
 * no balance is ever negative, and a refused movement changes nothing. On H2 and on PostgreSQL.
 */
class LedgerPropertiesIT {

    private static final Map<DbKind, Model> MODELS = new EnumMap<>(DbKind.class);
    private static int consignees;

    record Step(Bucket bucket, int delta) {
    }

    @BeforeContainer
    static void open() {
        for (DbKind kind : DbKind.values()) {
            MODELS.put(kind, Model.open(TestDatabases.fresh(kind), MutableClock.startingAt("2026-03-02T14:00:00Z"), 4));
        }
    }

    @AfterContainer
    static void close() {
        MODELS.values().forEach(Model::close);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Bucket.class),
                Arbitraries.integers().between(-60, 80).filter(d -> d != 0)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void ledgerEqualsBalanceAndNothingGoesNegativeOnH2(@ForAll("steps") List<Step> steps) {
        check(MODELS.get(DbKind.H2), steps);
    }

    @Property(tries = 60)
    void ledgerEqualsBalanceAndNothingGoesNegativeOnPostgres(@ForAll("steps") List<Step> steps) {
        check(MODELS.get(DbKind.POSTGRES), steps);
    }

    private static void check(Model model, List<Step> steps) {
        Consignee consignee = model.consignees().create(ModelTest.STAFF,
                ModelTest.consigneeForm("P" + (++consignees), "Property " + consignees));
        Variant variant = Catalogues.sizes(model, ModelTest.STAFF, consignee, "Prop", "1 g").get(0);
        Map<Bucket, Long> expected = new EnumMap<>(Bucket.class);
        for (Step step : steps) {
            long before = expected.getOrDefault(step.bucket(), 0L);
            try {
                model.inventory().adjust(ModelTest.STAFF, consignee.id(), variant.id(), step.bucket(), step.delta(),
                        "property step");
                expected.put(step.bucket(), before + step.delta());
            } catch (InsufficientStockException refused) {
                assertThat(before + step.delta()).isNegative();
            }
        }
        InventoryTree tree = model.inventory().tree(consignee.scope());
        for (Bucket bucket : Bucket.values()) {
            assertThat(tree.totals().get(bucket)).isEqualTo(expected.getOrDefault(bucket, 0L)).isNotNegative();
        }
        assertThat(model.inventory().ledgerAgrees(consignee.id())).isTrue();
    }
}
