package ems.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Argon2id hashing (m = 19456 KiB, t = 2, p = 1). A hash costs ~80 ms of one core, so hashing runs on a
 * small bounded pool: a flood of sign-in attempts queues there instead of starving page requests.
 */
public final class PasswordHasher implements AutoCloseable {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, 1, 32, Argon2.ID, 19);

    private final ExecutorService pool;
    /**
     * Verified against when an email is unknown, so timing does not tell which accounts exist. Computed
     * on the pool in the background: the first Argon2 call costs ~0.5 s of class loading, not start-up's.
     */
    private final Future<String> dummyHash;

    public PasswordHasher(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "argon2-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dummyHash = pool.submit(() -> Password.hash("not a real password, only for constant timing")
                .addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public String hash(String password) {
        return onPool(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public boolean verify(String password, String hash) {
        return onPool(() -> Password.check(password, hash).with(ARGON2ID));
    }

    /** Spends the same time as a real check and always fails. */
    public boolean verifyDummy(String password) {
        verify(password, await(dummyHash));
        return false;
    }

    private <T> T onPool(Supplier<T> work) {
        return await(pool.submit(work::get));
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("password hashing failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
