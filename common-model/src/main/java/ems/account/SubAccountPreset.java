package ems.account;

import java.util.EnumSet;
import java.util.Set;

/** The seed's practical starting points for a sub-account's sections; a primary account can adjust them. */
public enum SubAccountPreset {
    SHIPPING_COORDINATOR(EnumSet.of(Section.SHIPMENTS, Section.OUTBOUND)),
    ACCOUNTING(EnumSet.of(Section.INVOICES, Section.REPORTS)),
    OPERATIONS_MANAGER(EnumSet.of(Section.PRODUCTION, Section.INVENTORY, Section.SHIPMENTS));

    private final Set<Section> sections;

    SubAccountPreset(Set<Section> sections) {
        this.sections = sections;
    }

    public Set<Section> sections() {
        return EnumSet.copyOf(sections);
    }

    public static SubAccountPreset parse(String text) {
        for (SubAccountPreset p : values()) {
            if (p.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return p;
            }
        }
        return null;
    }
}
