package ems.bench;

import ems.db.Database;
import ems.db.DatabaseConfig;

import ems.account.PasswordHasher;
import ems.shipment.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a large data set for benchmarks: N consignees, each with a catalogue, a primary portal account
 * ({@code ops@cNNNN.bench}, password {@value #PASSWORD}) and shipments with timelines, expected lines and,
 * once received, manifests and inventory. Shipment counts follow 1/rank, as real customers do: consignee
 * C0001 is the largest (about 13 % of all shipments with 1,000 consignees).
 *
 * <pre>java -cp portal-server/target/portal-server.jar ems.bench.LargeDataSet 1000 1000000</pre>
 * with EMS_DB_URL / EMS_DB_USER / EMS_DB_PASSWORD naming an empty database (H2 file by default).
 */
public final class LargeDataSet {

    public static final String PASSWORD = "bench-portal-2026";
    private static final Logger LOG = LoggerFactory.getLogger(LargeDataSet.class);
    private static final int BATCH = 5_000;
    private static final String[] BUCKETS = {"UNSTAMPED", "FEDERAL", "ON", "QC", "AB", "MB"};
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    private final Random random = new Random(42);
    /** In order of first use, which is parent tables before child tables. */
    private final Map<String, PreparedBatch> batches = new LinkedHashMap<>();
    private final Handle h;
    private long shipmentId;

    private LargeDataSet(Handle handle) {
        this.h = handle;
    }

    public static void main(String[] args) {
        int consignees = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int shipments = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        DatabaseConfig config = DatabaseConfig.fromEnvironment(System.getenv());
        String hash;
        try (PasswordHasher hasher = new PasswordHasher(1)) {
            hash = hasher.hash(PASSWORD);
        }
        long start = System.nanoTime();
        try (Database db = Database.open(config, 2)) {
            db.jdbi().useHandle(h -> new LargeDataSet(h).generate(consignees, shipments, hash));
        }
        LOG.info("generated {} consignees and {} shipments in {} s", consignees, shipments,
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    private void generate(int consignees, int shipments, String hash) {
        h.execute("insert into product_category (name) select 'Bench flower' where not exists "
                + "(select 1 from product_category where name = 'Bench flower')");
        long category = h.createQuery("select id from product_category where name = 'Bench flower'")
                .mapTo(Long.class).one();
        long firstConsignee = next("consignee");
        long firstVariant = next("product_variant");
        long firstProduct = next("product");
        shipmentId = next("shipment") - 1;
        double harmonic = 0;
        for (int rank = 1; rank <= consignees; rank++) {
            harmonic += 1.0 / rank;
        }
        h.begin();
        for (int i = 0; i < consignees; i++) {
            long consigneeId = firstConsignee + i;
            String code = String.format("C%04d", i + 1);
            add("insert into consignee (id, code, legal_name, billing_address, shipping_address, province, "
                    + "contact_email, regions, plan_tier, active, version, created_at, updated_at) values "
                    + "(?, ?, ?, 'Bench St', 'Bench St', 'ON', ?, 'FEDERAL,ON,QC', 'STANDARD', true, 0, ?, ?)",
                    consigneeId, code, "Bench Consignee " + code, "ops@" + code.toLowerCase() + ".bench", NOW, NOW);
            add("insert into portal_account (consignee_id, email, name, role, sections, password_hash, active, "
                    + "must_change_password, language, created_at, updated_at) values (?, ?, ?, 'PRIMARY', '', ?, "
                    + "true, false, 'en', ?, ?)", consigneeId, "ops@" + code.toLowerCase() + ".bench", "Ops " + code,
                    hash, NOW, NOW);
            long[] variants = new long[9];
            for (int p = 0; p < 3; p++) {
                long productId = firstProduct + i * 3L + p;
                add("insert into product (id, consignee_id, category_id, name, active, created_at) values "
                        + "(?, ?, ?, ?, true, ?)", productId, consigneeId, category, "Strain " + (p + 1), NOW);
                for (int v = 0; v < 3; v++) {
                    long variantId = firstVariant + i * 9L + p * 3 + v;
                    variants[p * 3 + v] = variantId;
                    add("insert into product_variant (id, consignee_id, product_id, size_label, sku, active, "
                            + "created_at) values (?, ?, ?, ?, ?, true, ?)", variantId, consigneeId, productId,
                            new String[] {"3.5 g", "7 g", "28 g"}[v], code + "-S" + p + "-" + v, NOW);
                }
            }
            int count = (int) Math.max(1, Math.round(shipments / harmonic / (i + 1)));
            long[] received = new long[9];
            for (int s = 0; s < count; s++) {
                shipment(consigneeId, code, s + 1, variants, received);
            }
            for (int v = 0; v < 9; v++) {
                for (String bucket : BUCKETS) {
                    long quantity = bucket.equals("UNSTAMPED") ? received[v] : 0;
                    add("insert into inventory_balance (consignee_id, variant_id, bucket, quantity, updated_at) "
                            + "values (?, ?, ?, ?, ?)", consigneeId, variants[v], bucket, quantity, NOW);
                }
                if (received[v] > 0) {
                    add("insert into inventory_movement (consignee_id, variant_id, bucket, delta, reason, "
                            + "reference_type, note, at, actor_name) values (?, ?, 'UNSTAMPED', ?, 'RECEIVING', "
                            + "'BULK', 'generated', ?, 'generator')", consigneeId, variants[v], received[v], NOW);
                }
            }
            add("insert into number_counter (consignee_id, kind, last_value) values (?, 'SHIPMENT', ?)",
                    consigneeId, count);
            if ((i + 1) % 50 == 0) {
                flush();
                h.commit();
                h.begin();
                LOG.info("{} consignees, {} shipments so far", i + 1, shipmentId);
            }
        }
        flush();
        h.commit();
        for (String table : new String[] {"consignee", "product", "product_variant", "shipment"}) {
            h.execute("alter table " + table + " alter column id restart with " + next(table));
        }
        h.execute("analyze");
    }

    private void shipment(long consigneeId, String code, int number, long[] variants, long[] received) {
        long id = ++shipmentId;
        Instant created = NOW.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
        // Most shipments are long done; a few are still on their way.
        Phase phase = random.nextInt(10) == 0 ? Phase.values()[random.nextInt(5)]
                : Phase.values()[5 + random.nextInt(3)];
        int lines = 1 + random.nextInt(3);
        int boxes = phase.ordinal() >= Phase.RECEIVED.ordinal() ? 2 + random.nextInt(5) : 0;
        int unitsPerBox = 24 * (1 + random.nextInt(4));
        LocalDate expected = LocalDate.ofInstant(created.plus(Duration.ofDays(3 + random.nextInt(10))), ZoneOffset.UTC);
        add("insert into shipment (id, consignee_id, number, carrier, tracking_number, origin, expected_arrival, "
                + "actual_arrival, phase, phase_changed_at, receiving_completed_at, expected_units, box_count, "
                + "unit_count, version, created_at, updated_at) values (?, ?, ?, 'Purolator', ?, 'Bench City', ?, ?, "
                + "?, ?, ?, ?, ?, ?, 0, ?, ?)", id, consigneeId, String.format("SH-%s-%06d", code, number),
                "TRK" + id, expected, phase.ordinal() >= Phase.ARRIVED.ordinal() ? created.plus(Duration.ofDays(4)) : null,
                phase.name(), created, boxes > 0 ? created.plus(Duration.ofDays(5)) : null, boxes * unitsPerBox,
                boxes, boxes * unitsPerBox, created, created);
        for (int l = 0; l < lines; l++) {
            add("insert into shipment_line (consignee_id, shipment_id, variant_id, quantity) values (?, ?, ?, ?)",
                    consigneeId, id, variants[(number + l * 3) % 9], Math.max(1, boxes * unitsPerBox / lines));
        }
        for (int p = 0; p <= phase.ordinal(); p++) {
            add("insert into shipment_event (consignee_id, shipment_id, phase, kind, at, actor_name, note) values "
                    + "(?, ?, ?, ?, ?, 'generator', '')", consigneeId, id, Phase.values()[p].name(),
                    p == 0 ? "CREATED" : p == Phase.RECEIVED.ordinal() ? "RECEIVED" : "ADVANCE",
                    created.plus(Duration.ofHours(p * 20L)));
        }
        for (int b = 0; b < boxes; b++) {
            int v = (number + b) % 9;
            received[v] += unitsPerBox;
            add("insert into shipment_box (consignee_id, shipment_id, label, variant_id, lot, units, weight_kg, "
                    + "condition, created_at) values (?, ?, ?, ?, 'LOT-B', ?, 2.5, 'GOOD', ?)", consigneeId, id,
                    "BX-" + (b + 1), variants[v], unitsPerBox, created);
        }
    }

    private void add(String sql, Object... values) {
        PreparedBatch batch = batches.computeIfAbsent(sql, h::prepareBatch);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                batch.bindNull(i, Types.TIMESTAMP_WITH_TIMEZONE); // the only nullable values are moments
            } else {
                batch.bind(i, values[i]);
            }
        }
        batch.add();
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /** Runs what is queued, parents before children. */
    private void flush() {
        batches.values().stream().filter(b -> b.size() > 0).forEach(PreparedBatch::execute);
    }

    private long next(String table) {
        return h.createQuery("select coalesce(max(id), 0) + 1 from " + table).mapTo(Long.class).one();
    }
}
