package ems.admin.testing;

import ems.admin.ui.UiExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs ViewModel work on the calling thread, so ViewModel tests need neither threads nor a screen. */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
