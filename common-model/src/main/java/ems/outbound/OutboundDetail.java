package ems.outbound;

import java.util.List;

public record OutboundDetail(OutboundOrder order, String consigneeName, String consigneeAddress,
                             List<OutboundLine> lines, List<OutboundEvent> events) {

    public long units() {
        return lines.stream().mapToLong(OutboundLine::quantity).sum();
    }

    public long cases() {
        return lines.stream().mapToLong(OutboundLine::cases).sum();
    }
}
