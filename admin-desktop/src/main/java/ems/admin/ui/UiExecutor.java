package ems.admin.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs service calls off the UI thread and hands the result back on it. ViewModels depend on this
 * interface only, so tests can run them synchronously without a screen.
 */
public interface UiExecutor {

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** For work with no result. */
    default void runAction(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
