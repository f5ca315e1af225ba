package ems.production;

import java.util.List;

/** A production order with its lines. */
public record ProductionOrderDetail(ProductionOrder order, List<OrderLine> lines) {
}
