package ems.consignee;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The excise stamp regions: a federal stamp and four provincial ones. */
public enum Region {
    FEDERAL, ON, QC, AB, MB;

    /** Parses the stored comma-separated form; unknown names are an error, never silently dropped. */
    public static Set<Region> parseSet(String csv) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(Region.class);
        }
        return Arrays.stream(csv.split(",")).map(String::strip).map(Region::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Region.class)));
    }

    public static String toCsv(Collection<Region> regions) {
        return EnumSet.copyOf(regions.isEmpty() ? EnumSet.noneOf(Region.class) : regions).stream()
                .map(Enum::name).collect(Collectors.joining(","));
    }
}
