package io.connectorauth.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends requests at the same moment, for tests of races between requests.
 */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /**
     * Starts every request on its own thread at once and returns their statuses in the order given.
     *
     * @throws java.util.concurrent.TimeoutException when a request takes longer than a minute
     */
    public static List<Integer> statuses(List<Supplier<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> pending = new ArrayList<>();
            for (Supplier<Integer> request : requests) {
                pending.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return request.get();
                }, pool));
            }
            start.countDown();

            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> status : pending) {
                statuses.add(status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the request was sent", e);
        }
    }
}
