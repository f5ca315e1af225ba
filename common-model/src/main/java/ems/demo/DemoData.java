package ems.demo;

import ems.Model;
import ems.account.AccountRole;
import ems.account.NewPortalAccount;
import ems.account.Section;
import ems.audit.Actor;
import ems.catalog.Category;
import ems.catalog.Product;
import ems.consignee.Consignee;
import ems.consignee.ConsigneeForm;
import ems.consignee.PlanTier;
import ems.consignee.Province;
import ems.consignee.Region;
import ems.i18n.Language;
import ems.staff.StaffRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data of DESIGN §9. Seeding is idempotent: what already exists (by consignee code or login
 * email) is left alone, so a second start adds nothing.
 */
public final class DemoData {

    public static final String ADMIN_EMAIL = "admin@demo.ems";
    public static final String ADMIN_PASSWORD = "demo-admin-2026";
    public static final String PORTAL_PASSWORD = "demo-portal-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Model model;
    private final StoryClock story;

    /** {@code model}'s services must read {@code story}: the seed moves it through the past weeks. */
    public DemoData(Model model, StoryClock story) {
        this.model = model;
        this.story = story;
    }

    /** The logins to print for a new user: email and password, one per line. */
    public static List<String> logins() {
        return List.of(
                "staff admin (desktop)   " + ADMIN_EMAIL + " / " + ADMIN_PASSWORD,
                "Northern Lights primary ops@northernlights.demo / " + PORTAL_PASSWORD,
                "Northern Lights billing billing@northernlights.demo / " + PORTAL_PASSWORD
                        + "  (Invoices + Reports only)",
                "Prairie Leaf primary    ops@prairieleaf.demo / " + PORTAL_PASSWORD,
                "Bayview primary         ops@bayview.demo / " + PORTAL_PASSWORD);
    }

    public void seed() {
        try {
            tell();
        } finally {
            story.end();
        }
        LOG.info("demo data present");
    }

    private void tell() {
        Actor actor = Actor.SYSTEM;
        story.rewind(java.time.Duration.ofDays(60));
        if (!model.staff().exists(ADMIN_EMAIL)) {
            model.staff().create(actor, ADMIN_EMAIL, "Demo Admin", StaffRole.ADMIN, ADMIN_PASSWORD, false);
        }
        Consignee northern = consignee(actor, "NLC", "Northern Lights Cannabis Co.", Province.ON,
                "120 Aurora Way\nSudbury ON P3A 1A1", "ops@northernlights.demo",
                EnumSet.of(Region.FEDERAL, Region.ON, Region.QC), PlanTier.STANDARD,
                "Federal stamp first, then the provincial stamp on the opposite side.");
        Consignee prairie = consignee(actor, "PLI", "Prairie Leaf Inc.", Province.AB,
                "88 Wheatland Rd\nLethbridge AB T1J 0A1", "ops@prairieleaf.demo",
                EnumSet.of(Region.FEDERAL, Region.AB, Region.MB), PlanTier.BASIC, "");
        Consignee bayview = consignee(actor, "BVB", "Bayview Botanicals Ltd.", Province.QC,
                "4500 rue du Port\nLévis QC G6V 0A1", "ops@bayview.demo", EnumSet.allOf(Region.class),
                PlanTier.ENTERPRISE, "Sequential stamp numbers per case; no gaps within a pallet.");
        account(actor, northern, "ops@northernlights.demo", "Nadia Lavoie", AccountRole.PRIMARY, Set.of());
        account(actor, northern, "billing@northernlights.demo", "Ben Tremblay", AccountRole.SUB,
                EnumSet.of(Section.INVOICES, Section.REPORTS));
        account(actor, prairie, "ops@prairieleaf.demo", "Paul Friesen", AccountRole.PRIMARY, Set.of());
        account(actor, bayview, "ops@bayview.demo", "Béatrice Gagnon", AccountRole.PRIMARY, Set.of());
        catalogue(actor, northern, "Dried flower", "Blue Dream", "3.5 g", "7 g", "28 g");
        catalogue(actor, northern, "Pre-rolls", "Northern Haze Pre-roll", "1 x 1 g", "3 x 0.5 g");
        catalogue(actor, northern, "Vape", "Aurora 510 Cartridge", "0.5 g", "1 g");
        catalogue(actor, prairie, "Dried flower", "Prairie Gold", "3.5 g", "28 g");
        catalogue(actor, prairie, "Tobacco", "Harvest Blend Cigarettes", "20 pack", "25 pack");
        catalogue(actor, bayview, "Dried flower", "Fleur de Baie", "3.5 g", "7 g");
        catalogue(actor, bayview, "Edibles", "Sea Salt Chocolate", "10 mg", "4 x 2.5 mg");
        catalogue(actor, bayview, "Vape", "Bayview Disposable", "0.3 g", "1 g");
        DemoShipments shipments = new DemoShipments(model, actor, story);
        shipments.seed(northern, "Sudbury ON");
        shipments.seed(prairie, "Lethbridge AB");
        shipments.seed(bayview, "Lévis QC");
        var admin = model.staff().all().stream().filter(u -> u.email().equals(ADMIN_EMAIL)).findFirst().orElseThrow();
        DemoProduction production = new DemoProduction(model, Actor.staff(admin.id(), admin.name()), story);
        production.seed(northern);
        production.seed(prairie);
        production.seed(bayview);
        DemoBilling billing = new DemoBilling(model, Actor.staff(admin.id(), admin.name()), story);
        billing.seed(northern, "SQDC — Centre de distribution", "7500 boul. Les Galeries d’Anjou\nMontréal QC H1M 3M4");
        billing.seed(prairie, "Manitoba Liquor & Lotteries Warehouse", "1555 Buffalo Place\nWinnipeg MB R3T 1L9");
        billing.seed(bayview, "MBLL — Entrepôt de distribution", "1555 Buffalo Place\nWinnipeg MB R3T 1L9");
        new DemoFeedback(model, Actor.staff(admin.id(), admin.name()), story).seed(northern, bayview);
    }

    private Consignee consignee(Actor actor, String code, String name, Province province, String address,
                                String email, Set<Region> regions, PlanTier tier, String stamps) {
        return model.consignees().search(code).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseGet(() -> model.consignees().create(actor, new ConsigneeForm(code, name, address, address,
                        province, email, regions, tier, null, stamps, true)));
    }

    private void account(Actor actor, Consignee consignee, String email, String name, AccountRole role,
                         Set<Section> sections) {
        boolean exists = model.portalAccounts().forConsignee(consignee.id()).stream()
                .anyMatch(a -> a.email().equals(email));
        if (!exists) {
            model.portalAccounts().create(actor, new NewPortalAccount(consignee.id(), email, name, role, sections,
                    PORTAL_PASSWORD, Language.EN), false);
        }
    }

    private void catalogue(Actor actor, Consignee consignee, String categoryName, String productName,
                           String... sizes) {
        Category category = model.catalog().category(actor, categoryName);
        boolean exists = model.catalog().catalogue(consignee.id()).stream()
                .anyMatch(row -> row.productName().equals(productName));
        if (exists) {
            return;
        }
        Product product = model.catalog().addProduct(actor, consignee.id(), category.id(), productName);
        for (String size : sizes) {
            String sku = consignee.code() + "-" + (productName.replaceAll("[^A-Za-z]", "").substring(0, 4)
                    + "-" + size.replaceAll("[^A-Za-z0-9.]", "")).toUpperCase(java.util.Locale.ROOT);
            model.catalog().addVariant(actor, consignee.id(), product.id(), size, sku, null);
        }
    }
}
