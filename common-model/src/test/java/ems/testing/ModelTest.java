package ems.testing;

import ems.Model;
import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.account.PortalAccount;
import ems.account.Section;
import ems.audit.Actor;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.PlanTier;
import ems.consignee.Province;
import ems.consignee.Region;
import ems.i18n.Language;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the repository and service suite: every test runs once on H2 and once on PostgreSQL, each
 * time on a fresh database, with a clock the test moves.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DbKind.class)
public abstract class ModelTest {

    public static final Actor STAFF = Actor.staff(9_999, "tester@warehouse.test");
    public static final String PASSWORD = "correct horse battery";

    @Parameter
    protected DbKind kind;
    protected final MutableClock clock = MutableClock.startingAt("2026-03-02T14:00:00Z");
    protected Model model;

    @BeforeEach
    void openModel() {
        model = Model.open(TestDatabases.fresh(kind), clock, 6);
    }

    @AfterEach
    void closeModel() {
        model.close();
    }

    protected Consignee consignee(String code) {
        return model.consignees().create(STAFF, consigneeForm(code, "Consignee " + code));
    }

    public static ConsigneeForm consigneeForm(String code, String name) {
        return new ConsigneeForm(code, name, "1 Main St\nToronto ON", "1 Main St\nToronto ON", Province.ON,
                "contact@" + code.toLowerCase() + ".test", EnumSet.of(Region.FEDERAL, Region.ON), PlanTier.STANDARD,
                null, "", true);
    }

    protected PortalAccount primary(Consignee consignee, String email, boolean mustChange) {
        return model.portalAccounts().create(STAFF, new NewPortalAccount(consignee.id(), email, "Person " + email,
                AccountRole.PRIMARY, Set.of(), PASSWORD, Language.EN), mustChange);
    }

    protected PortalAccount sub(Consignee consignee, String email, Set<Section> sections) {
        return model.portalAccounts().create(STAFF, new NewPortalAccount(consignee.id(), email, "Sub " + email,
                AccountRole.SUB, sections, PASSWORD, Language.EN), false);
    }
}
