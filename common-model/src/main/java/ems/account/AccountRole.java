package ems.account;

/** PRIMARY sees every section and manages sub-accounts; SUB sees only its granted sections. */
public enum AccountRole { PRIMARY, SUB }
