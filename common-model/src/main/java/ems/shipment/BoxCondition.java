package ems.shipment;

/** The state a box arrived in, as the receiving clerk saw it. */
public enum BoxCondition { GOOD, DAMAGED, OPENED, WET }
