package ems.db;

import org.jdbi.v3.core.Handle;

/**
 * Per-consignee counters for business numbers. Taking a number locks the counter row until the caller's
 * transaction ends, so two concurrent shipments never get the same number and no number is skipped.
 */
public final class Counters {

    private Counters() {
    }

    /** The next value of {@code kind} for the consignee, inside the caller's transaction. */
    public static long next(Handle handle, long consigneeId, String kind) {
        int updated = handle.createUpdate("""
                        update number_counter set last_value = last_value + 1
                        where consignee_id = :consigneeId and kind = :kind
                        """).bind("consigneeId", consigneeId).bind("kind", kind).execute();
        if (updated == 0) {
            handle.createUpdate("insert into number_counter (consignee_id, kind, last_value) values (:c, :k, 1)")
                    .bind("c", consigneeId).bind("k", kind).execute();
            return 1;
        }
        return handle.createQuery("select last_value from number_counter where consignee_id = :c and kind = :k")
                .bind("c", consigneeId).bind("k", kind).mapTo(Long.class).one();
    }
}
