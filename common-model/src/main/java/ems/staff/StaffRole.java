package ems.staff;

/** What a staff member does at the warehouse. */
public enum StaffRole { ADMIN, WAREHOUSE, ACCOUNTING }
