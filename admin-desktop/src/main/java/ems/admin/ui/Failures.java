package ems.admin.ui;

import ems.error.NotFoundException;
import ems.error.StaleVersionException;
import ems.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failed service call into what the form shows, and logs what staff cannot act on. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static void show(Throwable failure, FormErrors errors, Text text) {
        if (failure instanceof ValidationException invalid) {
            errors.show(invalid);
        } else if (failure instanceof StaleVersionException) {
            errors.clear();
            errors.showGeneral(text.get("error.stale"));
        } else if (failure instanceof NotFoundException) {
            errors.clear();
            errors.showGeneral(text.get("error.notFound"));
        } else {
            LOG.error("desktop action failed", failure);
            errors.clear();
            errors.showGeneral(text.get("error.unexpected"));
        }
    }
}
