package ems;

import ems.account.PasswordHasher;
import ems.account.PortalAccountService;
import ems.audit.AuditService;
import ems.audit.AuditTrail;
import ems.catalog.CatalogService;
import ems.consignee.ConsigneeService;
import ems.db.Database;
import ems.db.DatabaseConfig;
import ems.demo.DemoData;
import ems.demo.StoryClock;
import ems.inventory.InventoryLedger;
import ems.inventory.InventoryService;
import ems.account.SubAccountService;
import ems.feedback.FeedbackService;
import ems.invoice.InvoiceService;
import ems.report.ReportService;
import ems.notify.NotificationService;
import ems.outbound.OutboundService;
import ems.notify.Notifier;
import ems.notify.OutboxService;
import ems.production.ProductionOrderService;
import ems.production.ProductionRequestService;
import ems.shipment.ShipmentService;
import ems.stamp.StampLedger;
import ems.stamp.StampService;
import ems.trace.TraceService;
import ems.account.SessionService;
import ems.staff.StaffService;
import ems.account.Section;
import ems.consignee.Region;
import java.time.Clock;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import java.time.ZoneId;

/**
 * Everything the apps use of the model, wired once. Opening it migrates the database. The apps talk to
 * services only; they never see Jdbi or Flyway.
 */
public final class Model implements AutoCloseable {

    /** The warehouse's time zone: day boundaries of date filters, and how times are shown. */
    public static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private final Database database;
    private final PasswordHasher hasher;
    private final ConsigneeService consignees;
    private final CatalogService catalog;
    private final PortalAccountService portalAccounts;
    private final StaffService staff;
    private final SessionService sessions;
    private final AuditService audit;
    private final InventoryService inventory;
    private final ShipmentService shipments;
    private final StampService stamps;
    private final ProductionRequestService productionRequests;
    private final ProductionOrderService productionOrders;
    private final InvoiceService invoices;
    private final SubAccountService subAccounts;
    private final FeedbackService feedback;
    private final ReportService reports;
    private final OutboundService outbound;
    private final NotificationService notifications;
    private final OutboxService outbox;
    private final TraceService trace;
    private final Clock clock;

    private Model(Database database, Clock clock, PasswordHasher hasher) {
        this.database = database;
        this.clock = clock;
        this.hasher = hasher;
        var jdbi = database.jdbi();
        registerColumnTypes(jdbi);
        var trail = new AuditTrail(clock);
        this.consignees = new ConsigneeService(jdbi, clock, trail);
        var ledger = new InventoryLedger(clock);
        this.catalog = new CatalogService(jdbi, clock, trail, ledger);
        this.inventory = new InventoryService(jdbi, ledger, trail);
        this.shipments = new ShipmentService(jdbi, clock, trail, ledger, ZONE, database.isH2());
        this.portalAccounts = new PortalAccountService(jdbi, clock, trail, hasher);
        this.staff = new StaffService(jdbi, clock, trail, hasher);
        this.sessions = new SessionService(jdbi, clock);
        var stampLedger = new StampLedger(clock, trail);
        this.stamps = new StampService(jdbi, stampLedger);
        this.productionOrders = new ProductionOrderService(jdbi, clock, trail, ledger, stampLedger,
                database.isH2());
        this.productionRequests = new ProductionRequestService(jdbi, clock, trail, ZONE, productionOrders,
                new Notifier(clock), database.isH2());
        this.notifications = new NotificationService(jdbi, clock);
        this.outbox = new OutboxService(jdbi, clock);
        this.audit = new AuditService(jdbi);
        this.invoices = new InvoiceService(jdbi, clock, ZONE, trail);
        this.subAccounts = new SubAccountService(jdbi, clock, trail, portalAccounts);
        this.feedback = new FeedbackService(jdbi, clock, trail);
        this.outbound = new OutboundService(jdbi, clock, trail, ledger);
        this.trace = new TraceService(jdbi);
        this.reports = new ReportService(clock, consignees, shipments, productionOrders, inventory, invoices, outbound);
    }

    /** The enum sets stored as comma-separated text. */
    private static void registerColumnTypes(Jdbi jdbi) {
        jdbi.registerColumnMapper(new GenericType<Set<Region>>() { },
                (rs, column, ctx) -> Region.parseSet(rs.getString(column)));
        jdbi.registerColumnMapper(new GenericType<Set<Section>>() { },
                (rs, column, ctx) -> Section.parseSet(rs.getString(column)));
    }

    public static Model open(DatabaseConfig config, Clock clock, int maxPoolSize) {
        return new Model(Database.open(config, maxPoolSize), clock, new PasswordHasher(2));
    }

    public ConsigneeService consignees() {
        return consignees;
    }

    /** What became of a shipment: related production, deliveries and invoices. */
    public TraceService trace() {
        return trace;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public PortalAccountService portalAccounts() {
        return portalAccounts;
    }

    public StaffService staff() {
        return staff;
    }

    public SessionService sessions() {
        return sessions;
    }

    public InventoryService inventory() {
        return inventory;
    }

    public ShipmentService shipments() {
        return shipments;
    }

    public ProductionRequestService productionRequests() {
        return productionRequests;
    }

    public ProductionOrderService productionOrders() {
        return productionOrders;
    }

    public ReportService reports() {
        return reports;
    }

    public FeedbackService feedback() {
        return feedback;
    }

    public SubAccountService subAccounts() {
        return subAccounts;
    }

    public InvoiceService invoices() {
        return invoices;
    }

    public OutboundService outbound() {
        return outbound;
    }

    public NotificationService notifications() {
        return notifications;
    }

    public OutboxService outbox() {
        return outbox;
    }

    public StampService stamps() {
        return stamps;
    }

    public AuditService audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The demo seed, told through services that read a clock of its own so its history spreads over the
     * past weeks; the services share this model's database, which stays this model's to close.
     */
    public DemoData demo() {
        StoryClock story = new StoryClock(clock);
        return new DemoData(new Model(database, story, hasher), story);
    }

    public boolean databaseReachable() {
        return database.isReachable();
    }

    @Override
    public void close() {
        hasher.close();
        database.close();
    }
}
