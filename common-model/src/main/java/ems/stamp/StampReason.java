package ems.stamp;

/** Why stamps moved: received from the regulator, used by production, or a counted correction. */
public enum StampReason { RECEIVED, PRODUCTION, ADJUSTMENT }
