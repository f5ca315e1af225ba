package ems.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PoStatusTest {

    @Test
    void onlyTheRevisionLoopsTransitionsAreAllowed() {
        Set<String> allowed = new java.util.TreeSet<>();
        for (PoStatus from : PoStatus.values()) {
            for (PoStatus to : PoStatus.values()) {
                if (from.canMoveTo(to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder("SUBMITTED->APPROVED", "SUBMITTED->REJECTED",
                "SUBMITTED->REVISION_REQUESTED", "SUBMITTED->WITHDRAWN", "REVISION_REQUESTED->SUBMITTED",
                "REVISION_REQUESTED->WITHDRAWN");
        assertThat(EnumSet.allOf(PoStatus.class).stream().filter(PoStatus::isOpen))
                .containsExactlyInAnyOrder(PoStatus.SUBMITTED, PoStatus.REVISION_REQUESTED);
    }
}
