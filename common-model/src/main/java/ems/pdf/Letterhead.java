package ems.pdf;

/**
 * Who issues the documents: the warehouse's name, address and excise licence number. Set with
 * EMS_WAREHOUSE_NAME, EMS_WAREHOUSE_ADDRESS (lines separated by "|") and EMS_WAREHOUSE_LICENCE.
 */
public record Letterhead(String name, String address, String licence) {

    public static Letterhead fromEnvironment() {
        return new Letterhead(env("EMS_WAREHOUSE_NAME", "EMS Bonded Warehouse"),
                env("EMS_WAREHOUSE_ADDRESS", "2400 Excise Road|Mississauga ON L5T 2Y4").replace('|', '\n'),
                env("EMS_WAREHOUSE_LICENCE", "Excise warehouse licence EW-000000"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
