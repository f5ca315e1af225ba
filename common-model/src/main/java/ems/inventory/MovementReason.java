package ems.inventory;

/** Why units moved. ADJUSTMENT is the only one staff enter by hand, and it needs a written reason. */
public enum MovementReason { RECEIVING, PRODUCTION, DISPATCH, ADJUSTMENT }
