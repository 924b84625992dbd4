package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.core.api.SequenceNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SequenceNumbersTest extends ApiIntegrationTest {

    @Autowired
    SequenceNumbers sequenceNumbers;

    @Test
    void manyConcurrentCallersGetEveryNumberExactlyOnceWithoutGaps() throws Exception {
        int threads = 16;
        int perThread = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> caller = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(sequenceNumbers.next("TST", 2031));
                    }
                    return mine;
                };
                results.add(pool.submit(caller));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }

            Set<String> expected = IntStream.rangeClosed(1, threads * perThread)
                    .mapToObj(n -> "TST-2031-%06d".formatted(n))
                    .collect(Collectors.toSet());
            assertThat(all).hasSize(threads * perThread);
            assertThat(new HashSet<>(all)).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachPrefixAndYearCountsOnItsOwn() {
        assertThat(sequenceNumbers.next("SEPA", 2030)).isEqualTo("SEPA-2030-000001");
        assertThat(sequenceNumbers.next("SEPA", 2030)).isEqualTo("SEPA-2030-000002");
        assertThat(sequenceNumbers.next("SEPA", 2031)).isEqualTo("SEPA-2031-000001");
        assertThat(sequenceNumbers.next("SEPB", 2030)).isEqualTo("SEPB-2030-000001");
    }
}
