package ems.error;

/** Someone else changed the object since it was read; the caller should reload and try again. */
public final class StaleVersionException extends RuntimeException {

    public StaleVersionException(String entity, long id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
