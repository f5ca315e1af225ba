package ems.error;

/**
 * The object does not exist, or exists for another consignee: callers cannot tell which, on purpose.
 */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
