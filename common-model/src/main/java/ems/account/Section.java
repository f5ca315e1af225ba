package ems.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's sections. A primary account sees all; a sub-account sees those it was given. */
public enum Section {
    SHIPMENTS, PRODUCTION, INVOICES, OUTBOUND, INVENTORY, REPORTS, FEEDBACK;

    public static Set<Section> parseSet(String csv) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(Section.class);
        }
        return Arrays.stream(csv.split(",")).map(String::strip).map(Section::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Section.class)));
    }

    public static String toCsv(Collection<Section> sections) {
        return sections.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
