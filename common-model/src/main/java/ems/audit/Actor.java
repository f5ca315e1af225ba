package ems.audit;

/** Who did something: a staff user, a portal user, or the system itself (demo data, jobs). */
public record Actor(Type type, Long id, String name) {

    public enum Type { STAFF, PORTAL, SYSTEM }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, "system");

    public static Actor staff(long id, String name) {
        return new Actor(Type.STAFF, id, name);
    }

    public static Actor portal(long id, String name) {
        return new Actor(Type.PORTAL, id, name);
    }
}
