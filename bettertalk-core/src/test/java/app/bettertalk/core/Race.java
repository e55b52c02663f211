package app.bettertalk.core;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Two pieces of work started together on two threads, for contracts about what a store does under a race. */
public final class Race {
    private Race() {
    }

    /** Runs both at once, each on its own thread, released by one gate; their results in argument order. */
    public static <T> List<T> of(Callable<T> one, Callable<T> other) throws InterruptedException {
        var executor = Executors.newFixedThreadPool(2);
        try {
            var gate = new CountDownLatch(1);
            var first = executor.submit(() -> {
                gate.await();
                return one.call();
            });
            var second = executor.submit(() -> {
                gate.await();
                return other.call();
            });
            gate.countDown();
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            throw new AssertionError("a racer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racer did not finish within 30 seconds (a deadlock?)", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
