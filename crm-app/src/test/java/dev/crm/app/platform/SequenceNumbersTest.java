package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class SequenceNumbersTest extends ApiIntegrationTest {

    @Autowired
    SequenceNumbers sequenceNumbers;

    @Autowired
    MongoOperations mongo;

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

    /** The probe records' numbers are unique, like a complaint's. */
    @BeforeEach
    void uniqueProbeNumbers() {
        mongo.indexOps("claim_probes").createIndex(new Index("number", Sort.Direction.ASC).unique());
    }

    @Test
    void aClaimedNumberIsTheRecordsOwnInsertAndFollowsOnWithoutGaps() {
        String first = claim("CLA");
        String second = claim("CLA");

        assertThat(suffix(first)).isEqualTo(1);
        assertThat(suffix(second)).isEqualTo(2);
        assertThat(stored("CLA")).containsExactly(first, second);
    }

    @Test
    void aNumberTakenByAnInsertWhoseCounterMoveWasLostIsSkippedOverNotReused() {
        String first = claim("CLB");
        // A node died after storing its record and before moving the counter.
        String orphan = first.substring(0, first.length() - 6) + "000002";
        probes().insertOne(new Document("number", orphan));

        String next = claim("CLB");

        assertThat(suffix(next)).isEqualTo(3);
        assertThat(suffix(claim("CLB"))).isEqualTo(4);
    }

    @Test
    void aFailedInsertConsumesNoNumber() {
        String first = claim("CLC");
        RuntimeException refused = new IllegalStateException("the store refused");

        assertThatThrownBy(() -> sequenceNumbers.claim("CLC", number -> {
            throw refused;
        }, this::taken)).isSameAs(refused);

        assertThat(suffix(claim("CLC"))).isEqualTo(suffix(first) + 1);
    }

    @Test
    void concurrentClaimsStoreEveryNumberOnceWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                callers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        claim("CLD");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> caller : callers) {
                caller.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> suffixes = stored("CLD").stream().map(SequenceNumbersTest::suffix).toList();
        assertThat(suffixes).containsExactlyElementsOf(
                IntStream.rangeClosed(1, threads * perThread).boxed().toList());
    }

    private String claim(String prefix) {
        return sequenceNumbers.claim(prefix, number -> {
            probes().insertOne(new Document("number", number));
            return number;
        }, this::taken);
    }

    private boolean taken(String number) {
        return probes().countDocuments(new Document("number", number)) > 0;
    }

    private List<String> stored(String prefix) {
        return mongo.find(Query.query(Criteria.where("number").regex("^" + prefix + "-"))
                        .with(Sort.by("number")), Document.class, "claim_probes").stream()
                .map(document -> document.getString("number")).toList();
    }

    private MongoCollection<Document> probes() {
        return mongo.getCollection("claim_probes");
    }

    private static int suffix(String number) {
        return Integer.parseInt(number.substring(number.length() - 6));
    }
}
