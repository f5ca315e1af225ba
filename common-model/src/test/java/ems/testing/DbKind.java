package ems.testing;

/** The two databases every repository and service test runs on. */
public enum DbKind { H2, POSTGRES }
