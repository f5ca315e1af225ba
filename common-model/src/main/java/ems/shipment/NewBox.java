package ems.shipment;

import ems.error.Validation;
import java.math.BigDecimal;

/** One box as the receiving clerk enters it. */
public record NewBox(String label, Long variantId, String lot, Integer units, BigDecimal weightKg,
                     BoxCondition condition) {

    public static final int MAX_UNITS = 100_000;
    public static final int MAX_WEIGHT_KG = 10_000;

    NewBox validated() {
        Validation v = new Validation();
        String cleanLabel = v.text("label", label, 60);
        v.check(variantId != null, "variant", "error.inventory.unknownVariant");
        String cleanLot = v.optionalText("lot", lot, 60);
        v.check(units != null && units >= 1 && units <= MAX_UNITS, "units", "error.shipment.quantity", MAX_UNITS);
        v.check(weightKg != null && weightKg.signum() >= 0 && weightKg.compareTo(BigDecimal.valueOf(MAX_WEIGHT_KG)) <= 0
                && weightKg.scale() <= 3, "weight", "error.shipment.weight", MAX_WEIGHT_KG);
        v.check(condition != null, "condition", "error.shipment.condition");
        v.throwIfInvalid();
        return new NewBox(cleanLabel, variantId, cleanLot, units, weightKg, condition);
    }
}
