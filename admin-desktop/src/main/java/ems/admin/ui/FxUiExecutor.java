package ems.admin.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Database work on a small pool of daemon threads; results and errors come back on the FX thread. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private final ExecutorService pool;

    public FxUiExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "ems-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            return; // the window is closing: a timer's last tick has nothing left to update
        }
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
