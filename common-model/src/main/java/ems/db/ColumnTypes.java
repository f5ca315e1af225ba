package ems.db;

import ems.account.Section;
import ems.consignee.Region;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;

/** Column mappings for the enum sets that are stored as comma-separated text. */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerColumnMapper(new GenericType<Set<Region>>() { },
                (rs, column, ctx) -> Region.parseSet(rs.getString(column)));
        jdbi.registerColumnMapper(new GenericType<Set<Section>>() { },
                (rs, column, ctx) -> Section.parseSet(rs.getString(column)));
    }
}
